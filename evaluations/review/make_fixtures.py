"""Build the binary review fixtures (a DOCX with an SLA table, a PDF) from text kept here.

Run: python -m evaluations.review.make_fixtures [OUT_DIR]   (default: evaluations/review/build)
Binaries are generated at evaluation/test time and never committed.
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
DEFAULT_OUT = HERE / "build"
DOCX_NAME = "fr_maintenance_sla.docx"
PDF_NAME = "en_support_agreement.pdf"

# (kind, text): "title", "h" (heading), "p" (paragraph), "table" (list of rows)
DOCX_BLOCKS: list[tuple[str, object]] = [
    ("title", "Contrat de maintenance informatique"),
    ("p", "Entre la société Papeterie Vasseur SA, ci-après dénommée « le Client », et la société Alpes Réseaux SARL, "
          "ci-après dénommée « le Prestataire »."),
    ("h", "Article 1 – Objet"),
    ("p", "Le présent contrat a pour objet la maintenance préventive et curative du réseau local, des deux serveurs "
          "et des quarante postes de travail du site de Grenoble."),
    ("h", "Article 2 – Modalités d'intervention"),
    ("p", "Le Prestataire intervient à distance ou sur site selon la nature de la panne. Une visite préventive a lieu "
          "chaque trimestre."),
    ("h", "Article 3 – Horaires"),
    ("p", "Les demandes sont reçues du lundi au vendredi, de 8 h à 18 h."),
    ("h", "Article 4 – Niveaux de service"),
    ("p", "Les délais suivants s'appliquent selon la priorité de la demande :"),
    ("table", [["Priorité", "Prise en charge", "Intervention (GTI)", "Rétablissement (GTR)"],
               ["P1 – arrêt total", "30 minutes", "2 heures", "4 heures"],
               ["P2 – service dégradé", "1 heure", "4 heures", "8 heures"],
               ["P3 – gêne mineure", "4 heures", "1 jour ouvré", "3 jours ouvrés"]]),
    ("h", "Article 5 – Pénalités"),
    ("p", "Tout dépassement d'un délai de rétablissement ouvre droit, pour le Client, à une pénalité de 2 % de la "
          "redevance mensuelle par heure de dépassement."),
    ("h", "Article 6 – Prix"),
    ("p", "La redevance mensuelle est de 2 400 euros hors taxes, payable à trente jours. Elle est révisée chaque "
          "1er janvier selon l'indice Syntec, dans la limite de 3 % par an."),
    ("h", "Article 7 – Matériel"),
    ("p", "Les pièces défectueuses des équipements couverts sont remplacées par le Prestataire sous cinq jours ouvrés ; "
          "le coût des pièces hors garantie constructeur reste à la charge du Client."),
    ("h", "Article 8 – Suivi"),
    ("p", "Un comité de suivi réunit les parties chaque semestre. Chaque partie désigne un interlocuteur."),
    ("h", "Article 9 – Obligations du Client"),
    ("p", "Le Client s'engage à donner accès à ses locaux et à signaler sans attendre toute anomalie."),
    ("h", "Article 10 – Confidentialité"),
    ("p", "Les parties gardent confidentielles les informations échangées pendant le contrat et deux ans après."),
    ("h", "Article 11 – Données personnelles"),
    ("p", "Le Prestataire n'accède à aucune donnée personnelle : il intervient uniquement sur les équipements réseau "
          "et sur le matériel, sans ouvrir les fichiers ni les applications du Client."),
    ("h", "Article 12 – Sécurité"),
    ("p", "Le Prestataire applique les correctifs de sécurité des équipements réseau dans un délai de quinze jours."),
    ("h", "Article 13 – Responsabilité"),
    ("p", "La responsabilité de chaque partie est limitée aux sommes versées au cours des douze derniers mois, sauf faute "
          "lourde ou dolosive."),
    ("h", "Article 14 – Durée"),
    ("p", "Le contrat est conclu pour un an et se renouvelle par tacite reconduction pour un an, sauf dénonciation deux "
          "mois avant l'échéance."),
    ("h", "Article 15 – Résiliation"),
    ("p", "Chaque partie peut résilier le contrat en cas de manquement grave de l'autre non corrigé trente jours après "
          "une mise en demeure."),
    ("h", "Article 16 – Réversibilité"),
    ("p", "À la fin du contrat, le Prestataire remet au Client la documentation du réseau, les mots de passe "
          "d'administration et assure un transfert de compétences d'une journée."),
    ("h", "Article 17 – Non-sollicitation"),
    ("p", "Chaque partie renonce à débaucher le personnel de l'autre pendant le contrat et douze mois après sa fin ; "
          "l'indemnité due est égale à six mois de salaire brut."),
    ("h", "Article 18 – Litiges"),
    ("p", "Le contrat est soumis au droit français. À défaut d'accord amiable, le tribunal de commerce de Grenoble est "
          "compétent."),
]

PDF_BLOCKS: list[tuple[str, str]] = [
    ("title", "IT SUPPORT AGREEMENT"),
    ("p", "This agreement is between Keystone Managed IT SARL (the \"Provider\") and Orchard Architects SARL (the "
          "\"Customer\")."),
    ("h", "1. SCOPE"),
    ("p", "The Provider supports the Customer's 15 workstations, its file server, its email accounts and its office "
          "network. Printers and phones are excluded."),
    ("h", "2. DELIVERY AND HOURS"),
    ("p", "Support is delivered remotely from 9:00 to 17:30, Monday to Friday. On-site visits are booked when a remote "
          "fix fails."),
    ("h", "3. SERVICE LEVELS"),
    ("p", "Response times are measured from the time the ticket is logged: 1 hour for P1 requests and 4 hours for P2 "
          "requests."),
    ("h", "4. FEES"),
    ("p", "The monthly fee is EUR 1,150 excluding VAT. The Customer shall pay invoices within 30 days. If an invoice "
          "remains unpaid, the Provider may suspend the services immediately and without notice."),
    ("h", "5. BACKUP"),
    ("p", "The Provider backs up the file server every night and tests a restore twice a year."),
    ("h", "6. SECURITY"),
    ("p", "The Provider keeps antivirus and patches up to date and uses reasonable efforts to protect the systems."),
    ("h", "7. GOVERNANCE"),
    ("p", "The parties hold a quarterly review of the service and the Provider sends a short monthly report."),
    ("h", "8. CUSTOMER OBLIGATIONS"),
    ("p", "The Customer shall give the Provider remote access and keep its own staff informed of support procedures."),
    ("h", "9. CONFIDENTIALITY"),
    ("p", "Each party keeps the other's confidential information secret during the agreement and for three years after."),
    ("h", "10. PERSONAL DATA"),
    ("p", "The parties will sign a separate data processing agreement before the Provider accesses personal data."),
    ("h", "11. LIABILITY"),
    ("p", "Each party's total liability is limited to the fees paid in the twelve (12) months before the claim, except "
          "for gross negligence or wilful misconduct."),
    ("h", "12. TERM"),
    ("p", "The agreement runs for 12 months and renews automatically for 12-month periods unless either party gives "
          "three (3) months' notice."),
    ("h", "13. TERMINATION"),
    ("p", "Either party may terminate for convenience on 60 days' written notice, or at once for a material breach "
          "left uncured for 30 days."),
    ("h", "14. EXIT"),
    ("p", "On termination the Provider returns all Customer data and provides exit assistance for up to 30 days."),
    ("h", "15. NON-SOLICITATION"),
    ("p", "For 12 months after termination, neither party shall solicit the other's staff; the fee for a breach is "
          "3 months of gross salary."),
    ("h", "16. GOVERNING LAW"),
    ("p", "French law applies and the courts of Paris have jurisdiction."),
]


def make_docx(path: Path) -> Path:
    import docx

    d = docx.Document()
    for kind, value in DOCX_BLOCKS:
        if kind == "title":
            d.add_heading(str(value), level=0)
        elif kind == "h":
            d.add_heading(str(value), level=1)
        elif kind == "p":
            d.add_paragraph(str(value))
        elif kind == "table":
            rows = list(value)  # type: ignore[arg-type]
            table = d.add_table(rows=len(rows), cols=len(rows[0]))
            for r, row in enumerate(rows):
                for c, cell in enumerate(row):
                    table.cell(r, c).text = cell
    d.save(str(path))
    return path


def make_pdf(path: Path) -> Path:
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import getSampleStyleSheet
    from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer

    styles = getSampleStyleSheet()
    story = []
    for kind, text in PDF_BLOCKS:
        style = {"title": styles["Title"], "h": styles["Heading2"]}.get(kind, styles["BodyText"])
        story += [Paragraph(text, style), Spacer(1, 4)]
    SimpleDocTemplate(str(path), pagesize=A4, title="IT support agreement").build(story)
    return path


def build(out_dir: Path = DEFAULT_OUT) -> dict[str, Path]:
    out_dir = Path(out_dir)
    out_dir.mkdir(parents=True, exist_ok=True)
    return {DOCX_NAME: make_docx(out_dir / DOCX_NAME), PDF_NAME: make_pdf(out_dir / PDF_NAME)}


if __name__ == "__main__":
    for name, p in build(Path(sys.argv[1]) if len(sys.argv) > 1 else DEFAULT_OUT).items():
        print(p)
