import Testing
import Tutor

@Suite("Transcript format")
struct TranscriptTests {
    static let sample = """
        The kube-dns endpoints.
        #! world tk8s
          $ kubectl get endpoints kube-dns -n kube-system
          NAME       ENDPOINTS   AGE
          kube-dns   10.244.0.13:53   47h

        A heredoc, an empty output line, and output that looks like a continuation.
          $ cat <<EOF
          > #!/bin/bash
          > > not a continuation
          > EOF
          #!/bin/bash
          
          > not a continuation
          $ printf done
          done (no-eol)

        """

    @Test("parsing then printing gives the file back byte for byte")
    func roundTrip() throws {
        let transcript = try Transcript(parsing: Self.sample, file: "x.t")
        #expect(transcript.rendered() == Self.sample)
    }

    @Test("commands, continuation lines and output are told apart")
    func structure() throws {
        let transcript = try Transcript(parsing: Self.sample, file: "x.t")
        let commands = transcript.commands
        #expect(commands.count == 3)
        #expect(commands[0].input == ["kubectl get endpoints kube-dns -n kube-system"])
        #expect(commands[0].output == "NAME       ENDPOINTS   AGE\nkube-dns   10.244.0.13:53   47h\n")
        #expect(commands[1].entry == "cat <<EOF\n#!/bin/bash\n> not a continuation\nEOF")
        #expect(commands[1].output == "#!/bin/bash\n\n> not a continuation\n")
        #expect(commands[2].output == "done", "(no-eol) marks output without a final newline")
        #expect(transcript.world == "tk8s")
        #expect(transcript.lesson == nil)
    }

    @Test("directives pick the lesson and language")
    func directives() throws {
        let transcript = try Transcript(
            parsing: "#! lesson service-discovery/endpoints\n#! lang en\n  $ :check\n", file: "x.t")
        #expect(transcript.lesson == LessonPosition(chapter: "service-discovery", step: "endpoints"))
        #expect(transcript.language == .en)
        #expect(try Transcript(parsing: "  $ ls\n").language == .zhTW)
    }

    @Test("output before the first command is the opening")
    func opening() throws {
        let text = "#! lesson dns\n  ═══ Chapter 1 ═══\n  hello\n  $ :check\n  … Not yet\n"
        let transcript = try Transcript(parsing: text)
        #expect(transcript.items[1] == .opening("═══ Chapter 1 ═══\nhello\n"))
        #expect(transcript.rendered() == text)
    }

    @Test(
        "malformed files are refused with the line number",
        arguments: [
            ("  $ ls\nnote\n  stray output\n", 3, "output line after commentary"),
            ("#! wrold tk8s\n", 1, "unknown directive"),
            ("  $ ls\n#! world tk8s\n", 2, "directives belong before the first command"),
        ])
    func errors(text: String, line: Int, message: String) {
        #expect {
            _ = try Transcript(parsing: text, file: "bad.t")
        } throws: { error in
            guard let error = error as? TranscriptError else { return false }
            return error.line == line && error.message.contains(message)
                && error.description.hasPrefix("bad.t:\(line): ")
        }
    }
}
