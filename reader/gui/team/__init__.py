"""A team of reviewers: how far they agree."""
