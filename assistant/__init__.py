"""Clausier: a grounded assistant for IT outsourcing and managed-services contracts."""

__version__ = "0.1.0"
