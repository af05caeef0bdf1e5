"""Running the pipeline wider: a supervised local process pool, and Spark (``newsgraph spark``)."""
