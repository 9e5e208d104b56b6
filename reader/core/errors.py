"""Errors the domain raises for bad input; interfaces turn them into messages and exit codes."""


class InputError(ValueError):
    """The user gave input that cannot be used (missing, empty, binary, undecodable...)."""
