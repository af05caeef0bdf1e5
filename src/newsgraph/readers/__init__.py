"""Readers turn input paths into :class:`~newsgraph.model.RawDocument` records (or rejections)."""

from newsgraph.readers.files import iter_paths, read_inputs

__all__ = ["iter_paths", "read_inputs"]
