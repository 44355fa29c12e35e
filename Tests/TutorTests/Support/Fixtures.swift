import Foundation
import Kubectl
import LineEditing
import Tutor

/// Lessons and helpers the tests share.
enum Fixtures {
    static let dnsChapter = """
        chapter: dns
        order: 1
        title: {zh-TW: DNS 練習, en: DNS practice}
        steps:
          - id: endpoints
            title: {zh-TW: 看 endpoints, en: See the endpoints}
            text: {zh-TW: Service 背後是 Pod。, en: Pods stand behind a Service.}
            task: {zh-TW: 查看 kube-dns 的 endpoints。, en: Look at the kube-dns endpoints.}
            hints:
              - {zh-TW: 用 -n 指定 namespace。, en: Use -n for the namespace.}
              - {zh-TW: 資源是 ep。, en: The resource is ep.}
            solution:
              - kubectl get endpoints kube-dns -n kube-system
            check:
              command: {verb: get, resources: endpoints, names: kube-dns, namespace: kube-system}
              mistakes:
                - command: {verb: get, resources: ep, names: kube-dns, namespace: {not: kube-system}}
                  explain: {zh-TW: 要加 -n kube-system。, en: kube-dns lives in kube-system; add -n kube-system.}
          - id: run-pod
            title: {zh-TW: 建立 Pod, en: Make a pod}
            text: {zh-TW: 建立 dnscmd。, en: Create dnscmd.}
            task: {zh-TW: 讓 dnscmd 跑起來。, en: Get dnscmd Running.}
            hints:
              - {zh-TW: kubectl run。, en: kubectl run.}
            solution:
              - kubectl run dnscmd --image=agnhost
              - sleep 5
            check:
              state: {resource: pods, name: dnscmd, phase: Running, ready: true}
              mistakes:
                - state: {resource: pods, name: dnscmd, phase: {not: Running}}
                  explain: {zh-TW: 還在啟動，sleep 5。, en: It is still starting; try sleep 5.}
          - id: resolv
            title: {zh-TW: resolv.conf, en: resolv.conf}
            text: {zh-TW: 看設定。, en: Look at the settings.}
            task: {zh-TW: 印出 resolv.conf。, en: Print resolv.conf.}
            hints:
              - {zh-TW: kubectl exec。, en: kubectl exec.}
            solution:
              - kubectl exec dnscmd -- cat /etc/resolv.conf
            check:
              output: {contains: nameserver 10.98.0.10, matches: '^options ndots:5$'}
              mistakes:
                - output: {contains: not found}
                  explain: {zh-TW: 先建立 dnscmd。, en: Create dnscmd first.}
          - id: quiz
            title: {zh-TW: 小考, en: Quiz}
            text: {zh-TW: 想一想。, en: Think.}
            task: {zh-TW: 哪個名字先查？, en: Which name is tried first?}
            hints:
              - {zh-TW: search 的第一個。, en: The first in search.}
            solution:
              - ":answer 1"
            check:
              question:
                choices:
                  - my-service.default.svc.tk8s.k8s
                  - my-service.svc.tk8s.k8s
                  - my-service
                answer: 1
              mistakes:
                - answer: 3
                  explain: {zh-TW: ndots:5 讓短名字先接後綴。, en: With ndots:5 a short name gets the suffixes first.}
        """

    static let extraChapter = """
        chapter: extra
        order: 2
        title: {zh-TW: 加分題, en: Extra}
        steps:
          - id: dots
            title: {zh-TW: 數點, en: Count dots}
            text: {zh-TW: 數一數。, en: Count them.}
            task: {zh-TW: ndots 的門檻是多少？, en: What is the ndots threshold?}
            hints:
              - {zh-TW: 看 options。, en: Look at options.}
            solution:
              - ":answer 5"
            check:
              question: {answer: ["5", five]}
        """

    static func chapter(_ yaml: String, file: String = "lessons/test.yaml") -> Chapter {
        let (chapter, diagnostics) = LessonLoader.load(yaml: yaml, file: file)
        guard let chapter else { fatalError("fixture does not load: \(diagnostics)") }
        return chapter
    }

    static let course = Course(chapters: [chapter(dnsChapter), chapter(extraChapter)])

    /// The repository's root, found from this file's path.
    static let repository = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent()

    /// A fresh, empty folder for one test.
    static func temporaryFolder() -> URL {
        let folder = FileManager.default.temporaryDirectory
            .appendingPathComponent("taroko-tests-\(UUID().uuidString)", isDirectory: true)
        try? FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        return folder
    }
}

/// Makes fake labs and remembers them, so tests can look inside.
final class LabMaker {
    private(set) var labs: [FakeLab] = []

    var factory: LabFactory {
        { [self] world in
            let lab = FakeLab(world: world)
            labs.append(lab)
            return lab
        }
    }

    var last: FakeLab? { labs.last }
}

/// One finished session: what it printed and how it ended.
struct SessionRun {
    var buffer: OutputBuffer
    var status: Int32
    var labs: LabMaker
    var session: Session

    var output: String { buffer.combined }
}

/// Runs a non-interactive session over `lines`.
func runSession(
    _ lines: [String], mode: SessionMode = .course(start: nil), language: Language = .en,
    course: Course = Fixtures.course, store: any ProgressStore = MemoryProgressStore(), interactive: Bool = false
) -> SessionRun {
    let labs = LabMaker()
    let buffer = OutputBuffer()
    let session = Session(
        mode: mode, settings: SessionSettings(language: language, interactive: interactive), course: course,
        labFactory: labs.factory, reader: ScriptedLineReader(lines: lines), sink: buffer, progressStore: store)
    let status = session.run()
    return SessionRun(buffer: buffer, status: status, labs: labs, session: session)
}
