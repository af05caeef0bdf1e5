"""The command-line shell: thin Typer commands over the library."""
