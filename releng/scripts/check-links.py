#!/usr/bin/env python3
"""Checks the links of the project's Markdown documentation.

Every relative link and image in README.md and docs/*.md must point to a file or folder that
exists, and every #anchor (in the same file or in another Markdown file) to a heading there,
named as GitHub names headings: the heading's text without its Markdown, lower case, every
character that is not a letter, mark, digit, space, hyphen or underscore removed, spaces turned
into hyphens, and -1, -2 ... appended to repeated names. Links into code spans and fenced code
blocks are not links. Absolute URLs (http:, https:, mailto:) are not checked; neither are
relative links that leave the repository (e.g. ../shared/ARCHITECTURE.md, which exists only
when the project is checked out beside shared/): they are listed as not checked.

    releng/scripts/check-links.py              # README.md and docs/*.md of the repository
    releng/scripts/check-links.py FILE.md ...  # just these
    releng/scripts/check-links.py --self-test  # proves on scratch files that broken links are found

Exit code 0 when every link resolves, 1 with the list of broken links (file:line: link: why).
Python 3 standard library only.
"""
import glob
import os
import re
import sys
import tempfile
import unicodedata
import urllib.parse

ROOT = os.path.abspath(os.path.join(os.path.dirname(__file__), '..', '..'))

FENCE = re.compile(r'^\s{0,3}(`{3,}|~{3,})')
HEADING = re.compile(r'^\s{0,3}(#{1,6})\s+(.*?)\s*#*\s*$')
CODE_SPAN = re.compile(r'(`+)(.+?)\1')
# [text](target) and ![alt](target); the text may hold one level of brackets (images in links)
INLINE = re.compile(r'!?\[(?:[^\[\]]|\[[^\[\]]*\])*\]\(\s*(<[^>]*>|[^)\s]+(?:\([^)\s]*\)[^)\s]*)*)(?:\s+"[^"]*")?\s*\)')
REFERENCE = re.compile(r'^\s{0,3}\[[^\]]+\]:\s*(\S+)')
HTML = re.compile(r'<(?:img|a)\b[^>]*?\b(?:src|href)="([^"]+)"', re.I)
EXTERNAL = re.compile(r'^[a-zA-Z][a-zA-Z0-9+.-]*:')


def slug(heading_text):
    """GitHub's anchor for a heading's Markdown text."""
    text = CODE_SPAN.sub(lambda m: m.group(2), heading_text)
    text = re.sub(r'!?\[([^\]]*)\]\([^)]*\)', r'\1', text)      # links and images: their text
    text = re.sub(r'<[^>]+>', '', text)                         # inline HTML tags
    text = text.strip().lower()
    kept = ''.join(c for c in text
                   if c in ' -_' or unicodedata.category(c)[0] in 'LMN')
    return kept.replace(' ', '-')


def scan(path):
    """The file's anchors and its links as (line number, target)."""
    anchors, links, seen = set(), [], {}
    in_fence = None
    with open(path, encoding='utf-8') as f:
        lines = f.read().split('\n')
    for number, line in enumerate(lines, 1):
        fence = FENCE.match(line)
        if fence:
            marker = fence.group(1)
            if in_fence is None:
                in_fence = marker[0]
            elif marker[0] == in_fence:
                in_fence = None
            continue
        if in_fence:
            continue
        heading = HEADING.match(line)
        if heading:
            base = slug(heading.group(2))
            count = seen.get(base, 0)
            seen[base] = count + 1
            anchors.add(base if count == 0 else '%s-%d' % (base, count))
        for explicit in re.finditer(r'<a\s+(?:name|id)="([^"]+)"', line):
            anchors.add(explicit.group(1))
        text = CODE_SPAN.sub('', line)
        for pattern in (INLINE, REFERENCE, HTML):
            for m in pattern.finditer(text):
                target = m.group(1)
                if target.startswith('<') and target.endswith('>'):
                    target = target[1:-1]
                links.append((number, target))
    return anchors, links


def check(files, root):
    broken, unchecked, count = [], [], 0
    anchor_cache = {}

    def anchors_of(path):
        if path not in anchor_cache:
            anchor_cache[path] = scan(path)[0]
        return anchor_cache[path]

    for md in files:
        md = os.path.abspath(md)
        own_anchors, links = scan(md)
        anchor_cache[md] = own_anchors
        shown = os.path.relpath(md, root)
        for number, target in links:
            count += 1
            where = '%s:%d: %s' % (shown, number, target)
            if EXTERNAL.match(target) or target.startswith('//'):
                continue
            path_part, _, anchor = target.partition('#')
            path_part = urllib.parse.unquote(path_part)
            anchor = urllib.parse.unquote(anchor)
            if path_part:
                if path_part.startswith('/'):
                    broken.append('%s: an absolute path (use a path relative to the file)' % where)
                    continue
                resolved = os.path.normpath(os.path.join(os.path.dirname(md), path_part))
                if os.path.relpath(resolved, root).startswith('..'):
                    unchecked.append('%s: outside the repository, not checked' % where)
                    continue
                if not os.path.exists(resolved):
                    broken.append('%s: no such file or folder %s' % (where, os.path.relpath(resolved, root)))
                    continue
            else:
                resolved = md
            if anchor:
                if not resolved.endswith('.md') or os.path.isdir(resolved):
                    broken.append('%s: an anchor into a file that is not Markdown' % where)
                elif anchor not in anchors_of(resolved):
                    broken.append('%s: no heading with the anchor #%s in %s'
                                  % (where, anchor, os.path.relpath(resolved, root)))
    return broken, unchecked, count


def self_test():
    """Scratch files with good and broken links: the broken ones, and only they, are found."""
    with tempfile.TemporaryDirectory() as tmp:
        os.makedirs(os.path.join(tmp, 'docs'))
        with open(os.path.join(tmp, 'docs', 'pic.png'), 'wb') as f:
            f.write(b'\x89PNG')
        with open(os.path.join(tmp, 'docs', 'guide.md'), 'w', encoding='utf-8') as f:
            f.write('# 工作人员指南 Officers\' guide\n\n## Modules: install, update, roll back (p2)\n\n'
                    '## 民意邮局 › 收件箱（Inbox）\n\n## `jiedao-cli` commands\n\n## Twice\n\n## Twice\n\n'
                    '[back](../README.md#front) [self](#twice-1) [bad self](#twice-2)\n')
        with open(os.path.join(tmp, 'README.md'), 'w', encoding='utf-8') as f:
            f.write('# Front\n\n![pic](docs/pic.png) ![gone](docs/gone.png)\n'
                    '[a](docs/guide.md#modules-install-update-roll-back-p2) '
                    '[b](docs/guide.md#民意邮局--收件箱inbox) [c](docs/guide.md#jiedao-cli-commands)\n'
                    '[d](docs/guide.md#工作人员指南-officers-guide) [e](docs/guide.md#no-such-heading)\n'
                    '[f](https://example.invalid/x) [g](../outside.md) `[h](docs/not-a-link.md)`\n'
                    '```\n[i](docs/in-a-fence.md)\n# not a heading\n```\n[j](docs/guide.md#not-a-heading)\n'
                    '[k](docs/) [l](<docs/guide.md>)\n')
        files = [os.path.join(tmp, 'README.md'), os.path.join(tmp, 'docs', 'guide.md')]
        broken, unchecked, count = check(files, tmp)
        expected = ['README.md:3: docs/gone.png', 'README.md:5: docs/guide.md#no-such-heading',
                    'README.md:11: docs/guide.md#not-a-heading', 'docs/guide.md:13: #twice-2']
        found = [b.split(': no ')[0].split(': an ')[0] for b in broken]
        ok = found == expected and len(unchecked) == 1 and count == 15
        print('check-links self-test: %s (%d links, broken %s, not checked %s)'
              % ('passed' if ok else 'FAILED', count, found, len(unchecked)))
        if not ok:
            print('\n'.join(broken + unchecked))
        return 0 if ok else 1


def main(argv):
    if argv == ['--self-test']:
        return self_test()
    files = argv or [os.path.join(ROOT, 'README.md')] + sorted(glob.glob(os.path.join(ROOT, 'docs', '*.md')))
    broken, unchecked, count = check(files, ROOT)
    for line in unchecked:
        print(line)
    if broken:
        print('Broken links (%d of %d):' % (len(broken), count), file=sys.stderr)
        for line in broken:
            print('  ' + line, file=sys.stderr)
        return 1
    print('check-links: %d links in %d files, none broken' % (count, len(files)))
    return 0


if __name__ == '__main__':
    sys.exit(main(sys.argv[1:]))
