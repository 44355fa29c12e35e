import Foundation
import Kubectl
import Testing
import Tutor

@Suite("Progress")
struct ProgressTests {
    @Test("the state folder comes from TAROKO_STATE_DIR, then XDG_STATE_HOME, then ~/.local/state")
    func stateFolder() {
        #expect(
            FileProgressStore.defaultDirectory(environment: ["TAROKO_STATE_DIR": "/s", "XDG_STATE_HOME": "/x"]).path
                == "/s")
        #expect(
            FileProgressStore.defaultDirectory(environment: ["XDG_STATE_HOME": "/x", "HOME": "/h"]).path == "/x/taroko")
        #expect(FileProgressStore.defaultDirectory(environment: ["HOME": "/h"]).path == "/h/.local/state/taroko")
    }

    @Test("saved progress loads back, and saving leaves no temporary file nor touches other files")
    func saveAndLoad() throws {
        let folder = Fixtures.temporaryFolder()
        try "mine".write(to: folder.appendingPathComponent("notes.txt"), atomically: true, encoding: .utf8)
        let store = FileProgressStore(directory: folder)
        var progress = Progress(chapter: "dns", step: "resolv")
        progress.markDone(chapter: "dns", step: "endpoints")
        progress.markDone(chapter: "dns", step: "run-pod")
        try store.save(progress)
        progress.markDone(chapter: "dns", step: "resolv")
        try store.save(progress)

        let (loaded, problem) = FileProgressStore(directory: folder).load()
        #expect(problem == nil)
        #expect(loaded == progress)
        let names = try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted()
        #expect(names == ["notes.txt", "progress.json"])
        #expect(try String(contentsOf: folder.appendingPathComponent("notes.txt"), encoding: .utf8) == "mine")
    }

    @Test("a corrupt progress file is kept aside and the learner starts fresh")
    func corrupt() throws {
        let folder = Fixtures.temporaryFolder()
        let file = folder.appendingPathComponent("progress.json")
        try "{ not json".write(to: file, atomically: true, encoding: .utf8)
        let store = FileProgressStore(directory: folder)
        let (progress, problem) = store.load()
        #expect(progress == Progress())
        let backup = folder.appendingPathComponent("progress.json.corrupt-1")
        #expect(problem == .corrupt(path: file.path, backup: backup.path))
        #expect(try String(contentsOf: backup, encoding: .utf8) == "{ not json")
        try store.save(Progress(chapter: "dns"))
        #expect(FileProgressStore(directory: folder).load().progress.chapter == "dns")
    }

    @Test("a session resumes where the last one left off, catching the lab up")
    func resume() throws {
        let folder = Fixtures.temporaryFolder()
        let first = runSession(
            ["kubectl get ep kube-dns -n kube-system"], store: FileProgressStore(directory: folder))
        #expect(first.output.contains("✔ Done: See the endpoints"))

        let second = runSession([], store: FileProgressStore(directory: folder))
        #expect(
            second.output.hasPrefix("Welcome back! Continuing at chapter 1, step 2.\n═══ Chapter 1: DNS practice ═══\n")
        )
        #expect(second.output.contains("── Step 2/4: Make a pod ──"))
        #expect(second.labs.last?.lines == ["kubectl get endpoints kube-dns -n kube-system"], "earlier solutions ran")

        let (saved, _) = FileProgressStore(directory: folder).load()
        #expect(saved.isDone(chapter: "dns", step: "endpoints"))
        #expect(saved.step == "run-pod")
    }

    @Test("a session over a corrupt progress file warns in one line and starts at the beginning")
    func corruptSession() throws {
        let folder = Fixtures.temporaryFolder()
        try "garbage".write(to: folder.appendingPathComponent("progress.json"), atomically: true, encoding: .utf8)
        let run = runSession([], store: FileProgressStore(directory: folder))
        #expect(run.buffer.stderr.split(separator: "\n").count == 1)
        #expect(run.buffer.stderr.contains("cannot read progress file"))
        #expect(run.buffer.stdout.contains("── Step 1/4: See the endpoints ──"))
        #expect(run.status == 0)
    }
}
