"""The working document as a Word file (.docx), written with the standard library.

A .docx is a zip of XML parts; the working document needs only paragraphs and runs that
are bold, italic, underlined or struck through (the Tribunal's marking key, H47), so the
three required parts are written directly rather than through a library.
"""

from __future__ import annotations

import io
import zipfile
from collections.abc import Sequence
from xml.sax.saxutils import escape

from send_routes.core.case_content import CaseFileContent

CONTENT_TYPES = (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
    '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
    '<Default Extension="rels"'
    ' ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
    '<Default Extension="xml" ContentType="application/xml"/>'
    '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-'
    'officedocument.wordprocessingml.document.main+xml"/></Types>'
)
RELS = (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
    '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
    '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/'
    'relationships/officeDocument" Target="word/document.xml"/></Relationships>'
)
W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
STYLES = {
    "normal": "",
    "underline": '<w:u w:val="single"/>',
    "bold": "<w:b/>",
    "bold_strike": "<w:b/><w:strike/>",
    "italic": "<w:i/>",
    "italic_strike": "<w:i/><w:strike/>",
}


def _paragraph(text: str, style: str = "normal", heading: bool = False) -> str:
    props = STYLES.get(style, "") + ('<w:b/><w:sz w:val="32"/>' if heading else "")
    run_props = f"<w:rPr>{props}</w:rPr>" if props else ""
    body = escape(text)
    return f'<w:p><w:r>{run_props}<w:t xml:space="preserve">{body}</w:t></w:r></w:p>'


def working_document_docx(lines: Sequence[str], content: CaseFileContent) -> bytes:
    """Section F with the marking key and a legend, as a .docx for the parent to mark up."""
    parts = [_paragraph("Working document: section F", heading=True)]
    parts.append(_paragraph(content.working_intro))
    parts.append(_paragraph("Key", heading=True))
    parts.extend(_paragraph(text, style) for style, text in content.working_key)
    parts.append(_paragraph("Section F", heading=True))
    parts.extend(_paragraph(line) for line in lines if line.strip())
    document = (
        f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document xmlns:w="{W}">'
        f"<w:body>{''.join(parts)}</w:body></w:document>"
    )
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("[Content_Types].xml", CONTENT_TYPES)
        archive.writestr("_rels/.rels", RELS)
        archive.writestr("word/document.xml", document)
    return buffer.getvalue()
