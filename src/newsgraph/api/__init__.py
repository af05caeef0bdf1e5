"""The web API and UI over a newsgraph database (``newsgraph serve``): see :func:`newsgraph.api.app.create_app`."""
