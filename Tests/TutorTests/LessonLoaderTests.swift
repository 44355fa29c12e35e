import Foundation
import Kubectl
import Testing
import Tutor

@Suite("Lesson loading and lint")
struct LessonLoaderTests {
    @Test("a chapter loads with its steps, texts in both languages, and checks")
    func loads() throws {
        let chapter = Fixtures.chapter(Fixtures.dnsChapter)
        #expect(chapter.id == "dns")
        #expect(chapter.title == Localized(zhTW: "DNS 練習", en: "DNS practice"))
        #expect(chapter.world == "tk8s")
        #expect(chapter.steps.map(\.id) == ["endpoints", "run-pod", "resolv", "quiz"])
        let endpoints = chapter.steps[0]
        #expect(endpoints.hints.count == 2)
        #expect(endpoints.solution == ["kubectl get endpoints kube-dns -n kube-system"])
        #expect(endpoints.check.command?.namespace == .equals("kube-system"))
        #expect(endpoints.check.mistakes.first?.command?.resources == ["endpoints"], "short names become plurals")
        #expect(endpoints.check.mistakes.first?.command?.namespace == .not(.equals("kube-system")))
        #expect(chapter.steps[3].check.question?.answer == .choice(1))
        #expect(chapter.stepIndex("run-pod") == 1)
        #expect(chapter.stepIndex("3") == 2, "steps can be named by number")
    }

    @Test("the service-discovery chapter passes lint and grades by every kind of check")
    func serviceDiscovery() throws {
        let file = Fixtures.repository.appendingPathComponent("lessons/service-discovery.yaml")
        let (chapter, diagnostics) = LessonLoader.load(contentsOf: file, displayPath: "lessons/service-discovery.yaml")
        #expect(diagnostics == [])
        let loaded = try #require(chapter)
        #expect(loaded.steps.count >= 6)
        #expect(loaded.order == 3)
        let checks = loaded.steps.map(\.check)
        #expect(checks.contains { $0.command != nil && $0.state.isEmpty })
        #expect(checks.contains { !$0.state.isEmpty && $0.command == nil })
        #expect(checks.contains { $0.output != nil })
        #expect(checks.contains { $0.question != nil })
        for step in loaded.steps {
            for text in [step.title, step.text, step.task] + step.hints {
                #expect(!text.zhTW.isEmpty && !text.en.isEmpty, "step \(step.id) has both languages")
            }
        }
    }

    @Test("a misspelt check key is reported at its line, inside its step")
    func misspeltKey() {
        let yaml = """
            chapter: x
            title: {zh-TW: 標題, en: Title}
            steps:
              - id: endpoints
                title: {zh-TW: 標題, en: Title}
                text: {zh-TW: 說明, en: Text}
                task: {zh-TW: 任務, en: Task}
                hints:
                  - {zh-TW: 提示, en: Hint}
                solution: [kubectl get ep]
                check:
                  comand: {verb: get}
                  output: {contains: x}
            """
        let (chapter, diagnostics) = LessonLoader.load(yaml: yaml, file: "lessons/x.yaml", expectedID: "x")
        #expect(chapter == nil)
        #expect(diagnostics.map(\.description) == [#"lessons/x.yaml:12: step "endpoints": unknown check key "comand""#])
    }

    static let base = """
        chapter: x
        title: {zh-TW: 標題, en: Title}
        steps:
          - id: a
            title: {zh-TW: 標題, en: Title}
            text: {zh-TW: 說明, en: Text}
            task: {zh-TW: 任務, en: Task}
            hints:
              - {zh-TW: 提示, en: Hint}
            solution: [kubectl get ep]
            check:
              command: {verb: get, resources: [pods], selector: app=web}
              output: {contains: x}
        """

    @Test(
        "problems are found with their line numbers",
        arguments: [
            ("chapter: x\n", "", #"lessons/x.yaml:1: missing "chapter""#),
            ("chapter: x", "chapter: y", #"lessons/x.yaml:1: chapter id "y" differs from the file name "x""#),
            ("[pods]", "[endpoint]", #"lessons/x.yaml:12: step "a": unknown resource "endpoint""#),
            (
                "{contains: x}", "{matches: '(x'}",
                #"lessons/x.yaml:13: step "a": "(x" is not a valid regular expression"#
            ),
            (
                "output: {contains: x}", "question: {choices: [a, b], answer: 3}",
                #"lessons/x.yaml:13: step "a": answer 3 is not one of the choices 1-2"#
            ),
            ("{zh-TW: 任務, en: Task}", "{zh-TW: 任務}", #"lessons/x.yaml:7: step "a": "task" has no en text"#),
            ("hints:", "hint:", #"lessons/x.yaml:8: step "a": unknown step key "hint""#),
            (
                "selector: app=web", "selector: 'app in (web'",
                #"lessons/x.yaml:12: step "a": selector "app in (web" does not parse"#
            ),
            (
                "solution: [kubectl get ep]", "solution: [':next']",
                #"lessons/x.yaml:10: step "a": solution line ":next" is a meta-command"#
            ),
        ])
    func problems(original: String, replacement: String, expected: String) {
        let yaml = Self.base.replacingOccurrences(of: original, with: replacement)
        let (chapter, diagnostics) = LessonLoader.load(yaml: yaml, file: "lessons/x.yaml", expectedID: "x")
        #expect(chapter == nil)
        #expect(diagnostics.contains { $0.description.hasPrefix(expected) }, "got \(diagnostics.map(\.description))")
    }

    @Test("the base of the problem cases is itself clean")
    func cleanBase() {
        #expect(LessonLoader.load(yaml: Self.base, file: "lessons/x.yaml", expectedID: "x").diagnostics == [])
    }

    @Test("a YAML syntax error names its line")
    func syntaxError() {
        let (chapter, diagnostics) = LessonLoader.load(yaml: "chapter: x\n  bad: [\n", file: "lessons/x.yaml")
        #expect(chapter == nil)
        #expect(
            diagnostics.map(\.description) == ["lessons/x.yaml:2: YAML: mapping values are not allowed in this context"]
        )
    }

    @Test("a repeated step id is reported at the second one")
    func duplicateStep() {
        let step = """
              - id: a
                title: T
                text: T
                task: T
                hints: [H]
                solution: [ls]
                check: {output: {contains: x}}
            """
        let yaml = "chapter: x\ntitle: T\nsteps:\n\(step)\n\(step)\n"
        let (_, diagnostics) = LessonLoader.load(yaml: yaml, file: "x.yaml")
        #expect(
            diagnostics.map(\.description) == [#"x.yaml:11: step "a": a step with id "a" comes earlier in the chapter"#]
        )
    }

    @Test("chapters are ordered by their order, then by id")
    func courseOrder() {
        let course = Course(chapters: [
            Fixtures.chapter(Fixtures.extraChapter), Fixtures.chapter(Fixtures.dnsChapter),
        ])
        #expect(course.chapters.map(\.id) == ["dns", "extra"])
        #expect(course.chapterIndex("2") == 1, "a chapter can be named by its number")
    }

    @Test("taroko lint prints every problem and fails; a clean folder passes")
    func lintCommand() throws {
        let folder = Fixtures.temporaryFolder()
        try "chapter: broken\ntitle: T\nsteps: []\n".write(
            to: folder.appendingPathComponent("broken.yaml"), atomically: true, encoding: .utf8)
        let printed = OutputBuffer()
        let app = TutorApp(home: nil, language: .en, stateDirectory: folder, terminal: printed)
        #expect(app.lint(paths: [folder.path + "/broken.yaml"]) == 1)
        #expect(printed.stdout == "\(folder.path)/broken.yaml:3: \"steps\" should be a list of at least one step\n")

        let home = Fixtures.repository
        let clean = TutorApp(home: home, language: .en, stateDirectory: folder, terminal: OutputBuffer())
        #expect(clean.lint(paths: []) == 0)
    }
}
