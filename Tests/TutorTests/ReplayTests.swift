import Foundation
import Kubectl
import Testing
import Tutor

@Suite("Transcript replay")
struct ReplayTests {
    let replayer = Replayer(course: Fixtures.course, labFactory: { FakeLab(world: $0) })

    @Test("a transcript whose output is right matches")
    func match() throws {
        let text = """
            Endpoints, then a heredoc through a pipe.
              $ kubectl get ep kube-dns -n kube-system
              NAME       ENDPOINTS                                                  AGE
              kube-dns   10.244.0.13:53,10.244.0.14:53,10.244.0.13:53 + 3 more...   47h
              $ cat <<EOF | cat
              > one
              > EOF
              one
              $ printf x
              x (no-eol)

            """
        let outcome = replayer.replay(try Transcript(parsing: text), file: "ok.t")
        #expect(outcome.matches)
        #expect(outcome.diff.isEmpty)
    }

    @Test("stdout and stderr appear interleaved, as a terminal shows them")
    func interleaved() throws {
        let text = "  $ kubectl get ep kube-dns\n  $ echo after\n"
        let outcome = replayer.replay(try Transcript(parsing: text), file: "x.t")
        #expect(
            outcome.actual.commands.map(\.output) == [
                "Error from server (NotFound): endpoints \"kube-dns\" not found\n", "after\n",
            ])
    }

    @Test("a mismatch is reported as a unified diff naming the file")
    func mismatch() throws {
        let text = "A greeting.\n  $ echo hello\n  hullo\n  $ echo bye\n  bye\n"
        let outcome = replayer.replay(try Transcript(parsing: text), file: "transcripts/greet.t")
        #expect(!outcome.matches)
        #expect(
            outcome.diff == """
                --- transcripts/greet.t
                +++ transcripts/greet.t (replayed)
                @@ -1,5 +1,5 @@
                 A greeting.
                   $ echo hello
                -  hullo
                +  hello
                   $ echo bye
                   bye

                """)
    }

    @Test("commands after exit print nothing, so their expected output shows as missing")
    func exitStops() throws {
        let outcome = replayer.replay(try Transcript(parsing: "  $ exit\n  $ echo late\n  late\n"), file: "x.t")
        #expect(outcome.actual.commands.map(\.output) == ["", ""])
        #expect(outcome.diff.contains("-  late"))
    }

    @Test("lesson mode shows the lesson, the checker's verdicts and meta-command output")
    func lessonMode() throws {
        let text = """
            #! lesson dns
            #! lang en
              $ kubectl get ep kube-dns -n default
              $ :hint
              $ kubectl get ep kube-dns -n kube-system

            """
        let outcome = replayer.replay(try Transcript(parsing: text), file: "lesson.t")
        let opening = outcome.actual.items.compactMap { if case .opening(let text) = $0 { text } else { nil } }
        #expect(
            opening.first?.hasPrefix("═══ Chapter 1: DNS practice ═══\n── Step 1/4: See the endpoints ──\n") == true)
        let outputs = outcome.actual.commands.map(\.output)
        #expect(outputs[0].hasSuffix("✘ Not quite: kube-dns lives in kube-system; add -n kube-system.\n"))
        #expect(outputs[1] == "Hint 1/2: Use -n for the namespace.\n")
        #expect(outputs[2].contains("✔ Done: See the endpoints\n\n── Step 2/4: Make a pod ──\n"))
    }

    @Test("--update rewrites expected output in place and keeps commentary")
    func update() throws {
        let folder = Fixtures.temporaryFolder()
        let file = folder.appendingPathComponent("nested/greet.t")
        try FileManager.default.createDirectory(
            at: file.deletingLastPathComponent(), withIntermediateDirectories: true)
        try "Say hello.\n  $ echo hello\n  stale\n\nAnd bye.\n  $ echo bye\n".write(
            to: file, atomically: true, encoding: .utf8)
        let printed = OutputBuffer()
        let app = TutorApp(
            home: nil, language: .en, stateDirectory: folder, makeLab: { world, _ in FakeLab(world: world) },
            terminal: printed)

        #expect(app.replay(paths: [folder.path], update: false) == 1)
        #expect(printed.stdout.contains("-  stale\n+  hello\n"))
        #expect(printed.stdout.contains("# Ran 1 transcript, 1 failed."))

        #expect(app.replay(paths: [folder.path], update: true) == 0)
        let updated = try String(contentsOf: file, encoding: .utf8)
        #expect(updated == "Say hello.\n  $ echo hello\n  hello\n\nAnd bye.\n  $ echo bye\n  bye\n")
        #expect(app.replay(paths: [file.path], update: false) == 0)
    }

    @Test("a missing path is an error, not an empty success")
    func missingPath() {
        let printed = OutputBuffer()
        let app = TutorApp(
            home: nil, language: .en, stateDirectory: Fixtures.temporaryFolder(),
            makeLab: { world, _ in FakeLab(world: world) }, terminal: printed)
        #expect(app.replay(paths: ["/nonexistent/x.t"], update: false) == 2)
        #expect(printed.stderr.contains("/nonexistent/x.t: no such file or directory"))
    }
}
