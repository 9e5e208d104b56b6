"""Errors the domain raises for bad input; interfaces turn them into messages and exit codes."""


class InputError(ValueError):
    """The user gave input that cannot be used (missing, empty, binary, undecodable...)."""


class Cancelled(Exception):
    """The user stopped a long piece of work; raised from its progress callback, it undoes
    whatever the work had done (an import saves nothing)."""
