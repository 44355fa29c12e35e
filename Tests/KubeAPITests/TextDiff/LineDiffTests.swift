import KubeAPI
import Testing

/// The line diff behind `kubectl diff` and the host's `diff`, checked against what GNU diffutils
/// 3.8 prints for the same files (`diff -u` without its two header lines, and plain `diff`).
@Suite("line diff")
struct LineDiffTests {
    func unified(_ old: String, _ new: String) -> String {
        UnifiedDiff.hunks(LineDiff.lines(old), LineDiff.lines(new))
    }

    func normal(_ old: String, _ new: String) -> String {
        NormalDiff.changes(LineDiff.lines(old), LineDiff.lines(new))
    }

    @Test("an inserted line between repeated blocks sits where GNU diff puts it")
    func repeatedBlocks() {
        #expect(unified("a\nb\nc\na\nb\nc\n", "a\nb\nc\nX\na\nb\nc\n") == "@@ -1,6 +1,7 @@\n a\n b\n c\n+X\n a\n b\n c\n")
    }

    @Test("changes at most six lines apart share a hunk; further apart they do not")
    func hunkGrouping() {
        let old = (1...10).map { "k\($0)\n" }.joined()
        let near = old.replacing("k4\n", with: "k4x\n").replacing("k10\n", with: "k10x\n")
        #expect(
            unified(old, near)
                == "@@ -1,10 +1,10 @@\n k1\n k2\n k3\n-k4\n+k4x\n k5\n k6\n k7\n k8\n k9\n-k10\n+k10x\n")
        #expect(normal(old, near) == "4c4\n< k4\n---\n> k4x\n10c10\n< k10\n---\n> k10x\n")
        let far = (1...11).map { "\($0)\n" }.joined()
        let farChanged = far.replacing("1\n2\n", with: "1x\n2\n").replacing("11\n", with: "11x\n")
        #expect(
            unified(far, farChanged)
                == "@@ -1,4 +1,4 @@\n-1\n+1x\n 2\n 3\n 4\n@@ -8,4 +8,4 @@\n 8\n 9\n 10\n-11\n+11x\n")
    }

    @Test("a last line without a newline is marked, and differs from the same line with one")
    func missingNewline() {
        #expect(unified("a\nb", "a\nc\n") == "@@ -1,2 +1,2 @@\n a\n-b\n\\ No newline at end of file\n+c\n")
        #expect(normal("a\nb", "a\nc\n") == "2c2\n< b\n\\ No newline at end of file\n---\n> c\n")
    }

    @Test("an empty side is numbered as the line before: -0,0 and 1,2d0")
    func emptyFile() {
        #expect(unified("", "a\nb\n") == "@@ -0,0 +1,2 @@\n+a\n+b\n")
        #expect(normal("a\nb\n", "") == "1,2d0\n< a\n< b\n")
        #expect(unified("same\n", "same\n").isEmpty)
    }

    @Test("lines of one file found nowhere in the other do not pull the alignment astray")
    func confusingLines() {
        // GNU diff 3.8: `printf 'a\nb\na\nc\n'` against `printf 'c\na\nb\nd\n'`.
        #expect(normal("a\nb\na\nc\n", "c\na\nb\nd\n") == "0a1\n> c\n3,4c4\n< a\n< c\n---\n> d\n")
    }

    @Test("the header names both files with their times as diff -u writes them")
    func header() {
        let time = Timestamp(seconds: 1_745_393_100)
        #expect(
            UnifiedDiff.header(old: "/tmp/a", oldTime: time, new: "/tmp/b", newTime: time)
                == "--- /tmp/a\t2025-04-23 07:25:00.000000000 +0000\n+++ /tmp/b\t2025-04-23 07:25:00.000000000 +0000\n")
    }
}
