import Kubectl
import LineEditing
import Testing
import Tutor

@Suite("Session")
struct SessionTests {
    @Test("plain sandbox prints only each command's output, stdout and stderr apart, in order")
    func plainSandbox() {
        let run = runSession(
            ["echo hello", "kubectl get ep kube-dns", "echo bye"], mode: .sandbox(world: "tk8s"))
        #expect(run.buffer.stdout == "hello\nbye\n")
        #expect(run.buffer.stderr == "Error from server (NotFound): endpoints \"kube-dns\" not found\n")
        #expect(run.buffer.chunks.map(\.stream) == [.stdout, .stderr, .stdout])
        #expect(run.status == 0, "the last command's status")
        #expect(run.labs.last?.world == "tk8s")
    }

    @Test("plain sandbox leaves with the last command's status, or the one exit gives")
    func exitStatus() {
        #expect(runSession(["false"], mode: .sandbox(world: "tk8s")).status == 1)
        let run = runSession(["exit 3", "echo never"], mode: .sandbox(world: "tk8s"))
        #expect(run.status == 3)
        #expect(run.output.isEmpty)
    }

    @Test("an interactive session shows the banner and prompts, and continuation lines get '> '")
    func interactivePrompts() {
        let reader = ScriptedLineReader(lines: ["cat <<EOF", "one", "EOF"])
        let buffer = OutputBuffer()
        let labs = LabMaker()
        let session = Session(
            mode: .sandbox(world: "tk8s"), settings: SessionSettings(language: .en, interactive: true),
            course: Fixtures.course, labFactory: labs.factory, reader: reader, sink: buffer,
            progressStore: MemoryProgressStore())
        _ = session.run()
        #expect(buffer.stdout.hasPrefix("taroko sandbox: a simulated tk8s lab."))
        #expect(buffer.stdout.contains("one\n"))
        #expect(reader.prompts == ["bigred@taroko:~$ ", "> ", "> ", "bigred@taroko:~$ "])
        #expect(labs.last?.lines == ["cat <<EOF\none\nEOF"], "the heredoc runs as one entry")
    }

    @Test("a long heredoc is read as one entry, asking about it only at its start and its end")
    func longHeredoc() {
        let body = (0..<10_000).map { "line \($0)" }
        let run = runSession(["cat <<EOF"] + body + ["EOF", "echo after"], mode: .sandbox(world: "tk8s"))
        #expect(run.labs.last?.lines == [(["cat <<EOF"] + body + ["EOF"]).joined(separator: "\n"), "echo after"])
        #expect((run.labs.last?.continuationQuestions ?? 0) < 10)
    }

    @Test("Ctrl-C abandons the unfinished entry and prints nothing")
    func interrupt() {
        let labs = LabMaker()
        let buffer = OutputBuffer()
        let session = Session(
            mode: .sandbox(world: "tk8s"), settings: SessionSettings(language: .en, interactive: false),
            course: Fixtures.course, labFactory: labs.factory,
            reader: ScriptedLineReader(inputs: [.line("cat <<EOF"), .line("half"), .interrupted, .line("echo ok")]),
            sink: buffer, progressStore: MemoryProgressStore())
        #expect(session.run() == 0)
        #expect(labs.last?.lines == ["echo ok"])
        #expect(buffer.combined == "ok\n")
    }

    @Test("the shell's own ':' builtin still reaches the lab")
    func colonBuiltin() {
        let run = runSession([": nothing"], mode: .sandbox(world: "tk8s"))
        #expect(run.labs.last?.lines == [": nothing"])
    }

    @Test("the course opens on the first step, with its text and task")
    func opening() {
        let run = runSession([])
        #expect(
            run.output == """
                ═══ Chapter 1: DNS practice ═══
                ── Step 1/4: See the endpoints ──
                Pods stand behind a Service.

                ▶ Task: Look at the kube-dns endpoints.

                """)
    }

    @Test("a wrong namespace is explained and the right command passes and moves on")
    func verdicts() {
        let run = runSession(["kubectl get ep kube-dns", "kubectl get ep kube-dns -n kube-system"])
        #expect(
            run.output.contains(
                """
                Error from server (NotFound): endpoints "kube-dns" not found
                ✘ Not quite: kube-dns lives in kube-system; add -n kube-system.
                """))
        #expect(
            run.output.contains(
                """
                kube-dns   10.244.0.13:53,10.244.0.14:53,10.244.0.13:53 + 3 more...   47h
                ✔ Done: See the endpoints

                ── Step 2/4: Make a pod ──
                """))
    }

    @Test("verdicts and lesson text follow --lang")
    func chinese() {
        let run = runSession(["kubectl get ep kube-dns -n kube-system"], language: .zhTW)
        #expect(run.output.hasPrefix("═══ 第 1 章：DNS 練習 ═══\n── 步驟 1/4：看 endpoints ──\n"))
        #expect(run.output.contains("▶ 任務：查看 kube-dns 的 endpoints。"))
        #expect(run.output.contains("✔ 完成：看 endpoints\n"))
    }

    @Test(":hint shows the hints one by one, then the solution")
    func hints() {
        let run = runSession([":hint", ":hint", ":hint"])
        #expect(
            run.output.hasSuffix(
                """
                Hint 1/2: Use -n for the namespace.
                Hint 2/2: The resource is ep.
                Solution:
                  $ kubectl get endpoints kube-dns -n kube-system

                """))
    }

    @Test(":check says what is still to do")
    func check() {
        let run = runSession([":check"])
        #expect(run.output.hasSuffix("… Not yet: Look at the kube-dns endpoints.\n"))
    }

    @Test(":next and :back move between steps, and say when there is nowhere to go")
    func nextAndBack() {
        let run = runSession([":back", ":next", ":back"])
        #expect(run.output.contains("This is the first step.\n"))
        #expect(run.output.contains("── Step 2/4: Make a pod ──"))
        #expect(run.output.hasSuffix("▶ Task: Look at the kube-dns endpoints.\n"))
    }

    @Test(":goto jumps to a chapter or step, catching the lab up; an unknown place is named")
    func goto() {
        let run = runSession([":goto dns/resolv", ":goto nowhere", ":goto"])
        #expect(run.output.contains("(The earlier steps' solutions were run for you, so the lab has caught up.)"))
        #expect(run.output.contains("── Step 3/4: resolv.conf ──"))
        #expect(
            run.labs.last?.lines == [
                "kubectl get endpoints kube-dns -n kube-system", "kubectl run dnscmd --image=agnhost", "sleep 5",
            ])
        #expect(run.output.contains("No chapter or step \"nowhere\"; :lessons lists them.\n"))
        #expect(run.output.hasSuffix("Usage: :goto CHAPTER[/STEP]\n"))
    }

    @Test(":lessons lists the chapters with progress and marks the current one")
    func lessons() {
        let run = runSession(["kubectl get ep kube-dns -n kube-system", ":lessons"])
        #expect(
            run.output.hasSuffix(
                """
                Chapters (:goto CHAPTER jumps there):
                   1. dns    1/4   DNS practice  ← current
                   2. extra  0/1   Extra

                """))
    }

    @Test(":reset makes a fresh lab and brings it back to the step")
    func reset() {
        let run = runSession([":next", "kubectl run dnscmd --image=agnhost", ":reset"])
        #expect(run.labs.labs.count == 2)
        #expect(run.labs.last?.lines == ["kubectl get endpoints kube-dns -n kube-system"])
        #expect(run.output.contains("The lab has been reset.\n═══ Chapter 1: DNS practice ═══\n"))
    }

    @Test(":answer grades the question; a step without one says so")
    func answer() {
        let run = runSession([":answer 1", ":goto dns/quiz", ":answer", ":answer 3", ":answer 1"])
        #expect(run.output.hasPrefix("═══"))
        #expect(run.output.contains("This step has no question to answer.\n"))
        #expect(
            run.output.contains(
                "  1) my-service.default.svc.tk8s.k8s\n  2) my-service.svc.tk8s.k8s\n  3) my-service\n(answer with :answer NUMBER)\n"
            ))
        #expect(run.output.contains("Usage: :answer YOUR-ANSWER\n"))
        #expect(run.output.contains("✘ Not quite: With ndots:5 a short name gets the suffixes first.\n"))
        #expect(run.output.contains("✔ Done: Quiz\n★ Chapter 1 complete: DNS practice\n\n═══ Chapter 2: Extra ═══\n"))
    }

    @Test("following every solution finishes the course")
    func wholeCourse() {
        var lines: [String] = []
        for chapter in Fixtures.course.chapters {
            for step in chapter.steps { lines += step.solution }
        }
        let store = MemoryProgressStore()
        let run = runSession(lines, store: store)
        #expect(run.output.contains("★ Chapter 2 complete: Extra\n"))
        #expect(
            run.output.hasSuffix(
                "★ Congratulations, you have finished every chapter! Practise freely with taroko sandbox.\n"))
        #expect(store.saved?.done == ["dns": ["endpoints", "run-pod", "resolv", "quiz"], "extra": ["dots"]])
    }

    @Test("unknown meta-commands are named, and lesson commands in the sandbox are explained")
    func unknownAndSandbox() {
        #expect(runSession([":frob"]).output.hasSuffix("Unknown command :frob; type :help for the list.\n"))
        let sandbox = runSession([":hint", ":help"], mode: .sandbox(world: "tk8s"))
        #expect(sandbox.output.hasPrefix("The sandbox has no lesson; run taroko to take the course.\n"))
        #expect(sandbox.output.contains(":reset     reset the lab"))
    }

    @Test(":help lists the tutor's commands")
    func help() {
        let output = runSession([":help"]).output
        for name in MetaCommand.names {
            #expect(output.contains("  \(name)"), "\(name) is listed")
        }
    }

    @Test(":quit and exit save and leave at once")
    func quit() {
        let store = MemoryProgressStore()
        let run = runSession([":next", ":quit", "echo never"], store: store)
        #expect(run.status == 0)
        #expect(store.saved?.step == "run-pod")
        #expect(run.labs.last?.lines == [])
        #expect(runSession(["exit", "echo never"]).labs.last?.lines == [])
    }

    @Test("inside a nested shell, exit leaves that shell, not taroko")
    func nestedExit() {
        let run = runSession(
            ["docker exec -it tk8s-control-plane bash", "exit", "echo still here", "exit", "echo never"],
            mode: .sandbox(world: "tk8s"))
        #expect(run.labs.last?.lines == ["docker exec -it tk8s-control-plane bash", "exit", "echo still here"])
        #expect(run.output == "still here\n")
    }

    @Test("a lab that cannot be made is reported and the session fails")
    func labFailure() {
        let buffer = OutputBuffer()
        let session = Session(
            mode: .sandbox(world: "tk8s"), settings: SessionSettings(language: .en, interactive: false),
            course: Fixtures.course,
            labFactory: { try makeLab(world: $0, clock: .manual, worldsDirectory: "/nonexistent") },
            reader: ScriptedLineReader(lines: []),
            sink: buffer, progressStore: MemoryProgressStore())
        #expect(session.run() == 1)
        #expect(buffer.stderr == "taroko: /nonexistent/tk8s: cannot read the world directory\n")
    }

    @Test("completion offers meta-commands after a colon and the lab's words otherwise")
    func completion() {
        let run = runSession([], mode: .sandbox(world: "tk8s"))
        #expect(run.session.completions(line: ":he", cursor: 3).contains(":help"))
        #expect(run.session.completions(line: "kub", cursor: 3) == ["kubectl", "kube-dns"])
        #expect(run.session.completions(line: ":goto d", cursor: 7).contains("dns/resolv"))
    }
}
