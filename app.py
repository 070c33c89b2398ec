"""`python app.py`: the Clausier web app on 127.0.0.1:7860 (CLAUSIER_HOST / CLAUSIER_PORT to change)."""

import sys

from assistant.factory import SetupError

if __name__ == "__main__":
    try:
        from assistant.ui import serve

        serve()
    except SetupError as exc:
        print(f"error: {exc}", file=sys.stderr)
        sys.exit(2)
    except KeyboardInterrupt:
        sys.exit(130)
