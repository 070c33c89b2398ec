"""LibreOffice's own accept-all / reject-all of tracked changes, driven through UNO.

Run with the system Python (Debian's python3-uno comes with LibreOffice), not the venv:
    /usr/bin/python3 tests/lo_tracked.py accept|reject IN.docx OUT.docx PROFILE_DIR
Starts a private headless soffice (its own profile, a pipe named after the profile), opens the
file hidden, dispatches .uno:AcceptAllTrackedChanges (or Reject…), saves as Word 2007+.
"""

from __future__ import annotations

import hashlib
import subprocess
import sys
import time
from pathlib import Path

import uno  # noqa: F401 - provided by LibreOffice
from com.sun.star.beans import PropertyValue
from com.sun.star.connection import NoConnectException


def _prop(name, value):
    p = PropertyValue()
    p.Name, p.Value = name, value
    return p


def main(action: str, src: str, dst: str, profile: str) -> int:
    pipe = "clz" + hashlib.sha1(profile.encode()).hexdigest()[:10]
    proc = subprocess.Popen(["soffice", f"-env:UserInstallation=file://{Path(profile).resolve()}", "--headless",
                             "--invisible", "--nologo", "--norestore", f"--accept=pipe,name={pipe};urp;"],
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        local = uno.getComponentContext()
        resolver = local.ServiceManager.createInstanceWithContext("com.sun.star.bridge.UnoUrlResolver", local)
        ctx = None
        for _ in range(240):
            try:
                ctx = resolver.resolve(f"uno:pipe,name={pipe};urp;StarOffice.ComponentContext")
                break
            except NoConnectException:
                time.sleep(0.5)
        if ctx is None:
            print("soffice did not start", file=sys.stderr)
            return 1
        smgr = ctx.ServiceManager
        desktop = smgr.createInstanceWithContext("com.sun.star.frame.Desktop", ctx)
        doc = desktop.loadComponentFromURL(uno.systemPathToFileUrl(str(Path(src).resolve())), "_blank", 0,
                                           (_prop("Hidden", True),))
        dispatcher = smgr.createInstanceWithContext("com.sun.star.frame.DispatchHelper", ctx)
        command = ".uno:AcceptAllTrackedChanges" if action == "accept" else ".uno:RejectAllTrackedChanges"
        dispatcher.executeDispatch(doc.getCurrentController().getFrame(), command, "", 0, ())
        doc.storeToURL(uno.systemPathToFileUrl(str(Path(dst).resolve())), (_prop("FilterName", "MS Word 2007 XML"),))
        doc.close(True)
        try:
            desktop.terminate()
        except Exception:  # noqa: BLE001 - the bridge closes as soffice exits
            pass
        return 0
    finally:
        try:
            proc.wait(timeout=20)
        except subprocess.TimeoutExpired:
            proc.kill()


if __name__ == "__main__":
    sys.exit(main(*sys.argv[1:5]))
