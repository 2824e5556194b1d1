#!/usr/bin/env python3
"""Fills the console's Qt Linguist files after `cmake --build build --target update_translations`.

English: every message translates to its source text (with singular/plural forms for %n).
Vietnamese: unfinished messages are taken from tools/vi-terms.tsv (context, source, translation),
else from the committed ioc_vi.ts when it translates the same source text in one way (code that
moved to another class keeps its words); anything still missing is listed so that it can be added
to vi-terms.tsv. Run from the repository root.
"""
import csv
import subprocess
import sys
import xml.etree.ElementTree as ET


def plural_en(source):
    # "Stale, %n day(s)" -> ("Stale, %n day", "Stale, %n days")
    import re
    one = re.sub(r"\((?:e?s)\)", "", source)
    many = re.sub(r"\((e?s)\)", r"\1", source)
    return [one, many]


def fill(path, lookup, english):
    tree = ET.parse(path)
    missing = []
    for ctx in tree.getroot().findall("context"):
        name = ctx.find("name").text
        for msg in ctx.findall("message"):
            source = msg.find("source").text or ""
            tr = msg.find("translation")
            numerus = msg.get("numerus") == "yes"
            text = source if english else lookup.get((name, source), lookup.get((None, source)))
            if text is None:
                if tr.get("type") == "unfinished":
                    missing.append((name, source))
                continue
            tr.attrib.pop("type", None)
            for child in list(tr):
                tr.remove(child)
            if numerus:
                tr.text = None
                forms = plural_en(source) if english else [text]
                for form in forms:
                    ET.SubElement(tr, "numerusform").text = form
            else:
                tr.text = text
    tree.write(path, encoding="utf-8", xml_declaration=True)
    with open(path, "r+", encoding="utf-8") as f:
        body = f.read().replace("<?xml version='1.0' encoding='utf-8'?>", '<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>', 1)
        f.seek(0)
        f.write(body)
        f.truncate()
    return missing


def main():
    terms = {}
    with open("tools/vi-terms.tsv", encoding="utf-8") as f:
        for row in csv.reader(f, delimiter="\t", quoting=csv.QUOTE_NONE):
            if len(row) == 3 and not row[0].startswith("#"):
                terms[(row[0], row[1].replace("\\n", "\n"))] = row[2].replace("\\n", "\n")
    # the committed translations by source text, where all contexts agree
    committed = subprocess.run(["git", "show", "HEAD:translations/ioc_vi.ts"],
                               capture_output=True, text=True).stdout
    if committed:
        by_source = {}
        for ctx in ET.fromstring(committed).findall("context"):
            for msg in ctx.findall("message"):
                tr = msg.find("translation")
                if tr.get("type") == "unfinished" or msg.get("numerus") == "yes" or not tr.text:
                    continue
                by_source.setdefault(msg.find("source").text or "", set()).add(tr.text)
        for source, texts in by_source.items():
            if len(texts) == 1:
                terms.setdefault((None, source), next(iter(texts)))
    fill("translations/ioc_en.ts", {}, True)
    missing = fill("translations/ioc_vi.ts", terms, False)
    for name, source in missing:
        print(f"untranslated: {name}\t{source!r}", file=sys.stderr)
    return 1 if missing else 0


if __name__ == "__main__":
    sys.exit(main())
