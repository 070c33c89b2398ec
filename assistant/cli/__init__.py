"""Face: the command line, thin over the Clausier API (`assistant.cli.main:main`)."""
