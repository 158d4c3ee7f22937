"""The QA door: run the regression question set against the engine or a deployed server and report what changed."""
