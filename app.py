"""`python app.py`: the Clausier web app on 127.0.0.1:7860 (CLAUSIER_HOST / CLAUSIER_PORT to change)."""

import sys

from assistant.factory import SetupError


def _prepare_in_background() -> dict:
    """Build the assistant and load its model and search catalogue in a thread while gradio
    (~3.5 s) is imported: on 2 cores the app answers about a second sooner."""
    import threading

    from assistant.factory import build_app

    box: dict = {}

    def work() -> None:
        try:
            app = build_app()
            app.ensure_index()
            app.retriever.warm()
            box["app"] = app
        except BaseException as exc:  # noqa: BLE001 - re-raised in the main thread
            box["error"] = exc

    box["thread"] = threading.Thread(target=work, name="prepare", daemon=True)
    box["thread"].start()
    return box


if __name__ == "__main__":
    try:
        prepared = _prepare_in_background()
        from assistant.web.app import serve

        prepared["thread"].join()
        if "error" in prepared:
            raise prepared["error"]
        serve(app=prepared["app"])
    except SetupError as exc:
        print(f"error: {exc}", file=sys.stderr)
        sys.exit(2)
    except KeyboardInterrupt:
        sys.exit(130)
