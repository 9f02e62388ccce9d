#!/usr/bin/env python3
"""Rewrites .properties files so that every non-ASCII character is a \\uXXXX escape.

Equinox's NLS message classes and p2's feature translations read .properties files as
ISO-8859-1, so Chinese text must be escaped. Write translations in UTF-8, then run:

    releng/scripts/escape-properties.py            # every *.properties file of the project
    releng/scripts/escape-properties.py FILE...    # just these

Use --check to only report files that still need escaping (exit code 1 if any).
"""
import subprocess
import sys


def escape(text):
    return ''.join(c if ord(c) < 128 else ''.join('\\u%04x' % u for u in
                   ([ord(c)] if ord(c) < 0x10000 else
                    [0xD800 + ((ord(c) - 0x10000) >> 10), 0xDC00 + ((ord(c) - 0x10000) & 0x3FF)]))
                   for c in text)


def main(argv):
    check = '--check' in argv
    files = [a for a in argv if a != '--check']
    if not files:
        out = subprocess.run(['find', '.', '-name', '*.properties', '-not', '-path', '*/target/*',
                              '-not', '-path', './.mvn/*', '-not', '-name', 'build.properties'],
                             capture_output=True, text=True, check=True)
        files = sorted(f for f in out.stdout.split('\n') if f)
    dirty = []
    for name in files:
        with open(name, encoding='utf-8') as f:
            text = f.read()
        escaped = escape(text)
        if escaped != text:
            dirty.append(name)
            if not check:
                with open(name, 'w', encoding='ascii', newline='') as f:
                    f.write(escaped)
    for name in dirty:
        print(('needs escaping: ' if check else 'escaped: ') + name)
    return 1 if check and dirty else 0


if __name__ == '__main__':
    sys.exit(main(sys.argv[1:]))
