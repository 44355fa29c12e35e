import Foundation
import Testing
import Tutor

@Suite("Unified diff")
struct UnifiedDiffTests {
    @Test("equal texts give no diff")
    func equal() {
        #expect(UnifiedDiff.render(old: "a\n", new: "a\n", oldLabel: "x", newLabel: "y").isEmpty)
    }

    @Test("a changed line shows with three lines of context and hunk positions")
    func changedLine() {
        let old = (1...10).map { "line \($0)\n" }.joined()
        let new = old.replacingOccurrences(of: "line 6\n", with: "line six\n")
        let diff = UnifiedDiff.render(old: old, new: new, oldLabel: "a.t", newLabel: "a.t (replayed)")
        #expect(
            diff == """
                --- a.t
                +++ a.t (replayed)
                @@ -3,7 +3,7 @@
                 line 3
                 line 4
                 line 5
                -line 6
                +line six
                 line 7
                 line 8
                 line 9

                """)
    }

    @Test("added and removed lines at the ends are counted right")
    func ends() {
        let diff = UnifiedDiff.render(old: "a\n", new: "a\nb\n", oldLabel: "x", newLabel: "y")
        #expect(diff.contains("@@ -1 +1,2 @@\n a\n+b\n"))
        let removed = UnifiedDiff.render(old: "a\nb\n", new: "", oldLabel: "x", newLabel: "y")
        #expect(removed.contains("@@ -1,2 +0,0 @@\n-a\n-b\n"))
    }
}
