"""Dagster assets: thin glue over the geoevents library. Assets exchange data through the DuckDB warehouse
(every asset returns MaterializeResult; nothing is pickled between steps), so any executor runs them."""
