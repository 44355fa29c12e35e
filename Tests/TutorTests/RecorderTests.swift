import Kubectl
import LineEditing
import Testing
import Tutor

@Suite("Recording")
struct RecorderTests {
    @Test("a recorded session becomes a transcript that replays without a difference")
    func recordThenReplay() throws {
        let terminal = OutputBuffer()
        let recorder = TranscriptRecorder(
            reader: ScriptedLineReader(inputs: [
                .line("echo hi"), .line("cat <<EOF"), .line("body"), .line("EOF"), .line("echo gone"), .interrupted,
                .line(""), .line("kubectl get ep kube-dns -n kube-system"), .line(":hint"),
            ]),
            sink: terminal)
        let session = Session(
            mode: .course(start: LessonPosition(chapter: "dns")),
            settings: SessionSettings(language: .en, interactive: true, showBanner: false), course: Fixtures.course,
            labFactory: { FakeLab(world: $0) }, reader: recorder.reader, sink: recorder.sink,
            progressStore: MemoryProgressStore())
        recorder.attach(to: session)
        _ = session.run()

        let transcript = recorder.transcript(header: ["Recorded.", "#! lesson dns", "#! lang en"])
        #expect(terminal.stdout.hasSuffix("Hint 1/1: kubectl run.\n\n"), "the learner saw everything live")
        #expect(
            transcript.commands.map(\.input) == [
                ["echo hi"], ["cat <<EOF", "body", "EOF"], ["echo gone"], ["^C"],
                ["kubectl get ep kube-dns -n kube-system"], [":hint"],
            ])
        let text = transcript.rendered()
        #expect(text.hasPrefix("Recorded.\n#! lesson dns\n#! lang en\n  ═══ Chapter 1: DNS practice ═══\n"))
        #expect(text.contains("  $ echo hi\n  hi\n  $ cat <<EOF\n  > body\n  > EOF\n  body\n"))

        let replayed = Replayer(course: Fixtures.course, labFactory: { FakeLab(world: $0) })
            .replay(try Transcript(parsing: text), file: "recorded.t")
        #expect(replayed.matches, "\(replayed.diff)")
    }
}
