import Foundation
import Kubectl
import Testing
import Tutor

@Suite("Checker")
struct CheckerTests {
    let checker = Checker()
    static let serviceDiscovery: Chapter? = LessonLoader.load(
        contentsOf: Fixtures.repository.appendingPathComponent("lessons/service-discovery.yaml"),
        displayPath: "lessons/service-discovery.yaml"
    ).chapter

    /// Runs `line` in `lab` and returns what the checker is given.
    func run(_ line: String, in lab: FakeLab) -> CommandEvent {
        let buffer = OutputBuffer()
        let result = lab.run(line, sink: buffer)
        return CommandEvent(line: line, result: result, output: buffer.combined)
    }

    func step(_ id: String, in chapter: Chapter? = CheckerTests.serviceDiscovery) throws -> Step {
        let chapter = try #require(chapter)
        return try #require(chapter.steps.first { $0.id == id })
    }

    @Test(
        "commands that mean the same pass the endpoints step however they are spelled",
        arguments: [
            "kubectl get ep kube-dns -n kube-system",
            "k -n kube-system get endpoints/kube-dns",
            "kubectl get endpoints kube-dns --namespace=kube-system",
            "kubectl get endpoints kube-dns -n kube-system | cat",
        ])
    func meaning(line: String) throws {
        let lab = FakeLab()
        let verdict = checker.evaluate(try step("endpoints").check, event: run(line, in: lab), answer: nil, lab: lab)
        #expect(verdict == .passed)
    }

    @Test("the same command in the wrong namespace explains the namespace")
    func wrongNamespace() throws {
        let lab = FakeLab()
        let event = run("kubectl get endpoints kube-dns", in: lab)
        guard
            case .mistake(let text) = checker.evaluate(try step("endpoints").check, event: event, answer: nil, lab: lab)
        else {
            Issue.record("expected a mistake")
            return
        }
        #expect(text.en.contains("-n kube-system"))
        #expect(text.zhTW.contains("kube-system"))
    }

    @Test("an unrelated command is simply not done yet")
    func unrelated() throws {
        let lab = FakeLab()
        let verdict = checker.evaluate(
            try step("endpoints").check, event: run("echo hi", in: lab), answer: nil, lab: lab)
        #expect(verdict == .notYet)
    }

    @Test("get all with the label and namespace passes; a label typo and a missing -n are explained")
    func getAll() throws {
        let lab = FakeLab()
        let check = try step("kube-dns-objects").check
        #expect(
            checker.evaluate(
                check, event: run("kubectl get all -n kube-system -l k8s-app=kube-dns", in: lab), answer: nil, lab: lab)
                == .passed)
        let typo = checker.evaluate(
            check, event: run("kubectl get all -n kube-system -l k8s-app=kubedns", in: lab), answer: nil, lab: lab)
        #expect(typo != .passed && typo != .notYet)
        let noNamespace = checker.evaluate(
            check, event: run("kubectl get all -l k8s-app=kube-dns", in: lab), answer: nil, lab: lab)
        guard case .mistake(let text) = noNamespace else {
            Issue.record("expected a mistake")
            return
        }
        #expect(text.en.contains("default namespace"))
    }

    @Test("a pattern's `all` matches kubectl's expansion, and selectors compare by meaning")
    func patternNormalization() {
        let pattern = CommandPattern(verb: .equals("get"), resources: ["all"], selector: .equals("b=2,a=1"))
        func get(_ resources: [String]) -> KubectlMeaning {
            KubectlMeaning(
                verb: "get", resources: resources, names: [], namespace: "default", allNamespaces: false,
                labelSelector: "a=1,b=2", output: nil)
        }
        let expanded = [
            "pods", "replicationcontrollers", "services", "daemonsets", "deployments", "replicasets",
            "statefulsets", "horizontalpodautoscalers", "cronjobs", "jobs",
        ]
        #expect(pattern.matches(get(expanded)))
        #expect(pattern.matches(get(["all"])))
        #expect(!pattern.matches(get(["pods"])))
    }

    @Test("a state check waits for the pod to run, explaining that it is still starting")
    func state() throws {
        let lab = FakeLab()
        let check = try step("run-pod", in: Fixtures.course.chapters[0]).check
        #expect(checker.evaluate(check, event: run("echo nothing yet", in: lab), answer: nil, lab: lab) == .notYet)
        let created = checker.evaluate(
            check, event: run("kubectl run dnscmd --image=agnhost", in: lab), answer: nil, lab: lab)
        #expect(created == .mistake(Localized(zhTW: "還在啟動，sleep 5。", en: "It is still starting; try sleep 5.")))
        #expect(checker.evaluate(check, event: run("sleep 5", in: lab), answer: nil, lab: lab) == .passed)
    }

    @Test("the dnscmd step passes only once the pod is Running, whatever command comes last")
    func dnscmdStep() throws {
        let lab = FakeLab()
        let check = try step("dnscmd").check
        let image = "registry.k8s.io/e2e-test-images/agnhost:2.39"
        let created = checker.evaluate(
            check, event: run("kubectl run dnscmd --image=\(image)", in: lab), answer: nil, lab: lab)
        #expect(created != .passed)
        #expect(checker.evaluate(check, event: run("sleep 5", in: lab), answer: nil, lab: lab) == .passed)
    }

    @Test("a selector typo leaves the Service without endpoints, which the label-typo step checks")
    func labelTypo() throws {
        let step = try step("label-typo")
        let lab = FakeLab()
        for line in step.solution.dropLast() { _ = lab.run(line, sink: OutputBuffer()) }
        let event = run(try #require(step.solution.last), in: lab)
        #expect(checker.evaluate(step.check, event: event, answer: nil, lab: lab) == .passed)

        let correct = FakeLab()
        _ = correct.run(step.solution[0].replacingOccurrences(of: "kube-dsn", with: "kube-dns"), sink: OutputBuffer())
        let verdict = checker.evaluate(step.check, event: run("echo", in: correct), answer: nil, lab: correct)
        guard case .mistake(let text) = verdict else {
            Issue.record("expected a mistake, got \(verdict)")
            return
        }
        #expect(text.en.contains("spelled right"))
    }

    @Test("an output check reads what the last command printed")
    func output() throws {
        let lab = FakeLab()
        let check = try step("resolv-conf").check
        let missing = checker.evaluate(
            check, event: run("kubectl exec dnscmd -- cat /etc/resolv.conf", in: lab), answer: nil, lab: lab)
        #expect(missing != .passed && missing != .notYet, "a missing pod is explained")
        _ = lab.run("kubectl run dnscmd --image=x", sink: OutputBuffer())
        _ = lab.run("sleep 5", sink: OutputBuffer())
        let printed = run("kubectl exec dnscmd -- cat /etc/resolv.conf", in: lab)
        #expect(checker.evaluate(check, event: printed, answer: nil, lab: lab) == .passed)
        #expect(
            checker.evaluate(check, event: run("echo nameserver 8.8.8.8", in: lab), answer: nil, lab: lab) == .notYet)
    }

    @Test(
        "a choice question accepts the number or the choice's text",
        arguments: ["1", " 1 ", "my-service.default.svc.tk8s.k8s", "My-Service.default.svc.tk8s.k8s."])
    func rightChoice(answer: String) throws {
        let check = try step("search-order").check
        #expect(checker.evaluate(check, event: nil, answer: answer, lab: FakeLab()) == .passed)
    }

    @Test("a wrong choice shows its explanation, or a general one")
    func wrongChoice() throws {
        let check = try step("quiz", in: Fixtures.course.chapters[0]).check
        let lab = FakeLab()
        #expect(
            checker.evaluate(check, event: nil, answer: "3", lab: lab)
                == .mistake(
                    Localized(zhTW: "ndots:5 讓短名字先接後綴。", en: "With ndots:5 a short name gets the suffixes first.")))
        guard case .mistake(let general) = checker.evaluate(check, event: nil, answer: "2", lab: lab) else {
            Issue.record("expected the general explanation")
            return
        }
        #expect(general.en.contains("not the answer"))
        #expect(checker.evaluate(check, event: nil, answer: nil, lab: lab) == .notYet)
    }

    @Test("a short-answer question compares normalized text", arguments: ["10.98.0.10", " 10.98.0.10. "])
    func shortAnswer(answer: String) throws {
        #expect(checker.evaluate(try step("cluster-ip").check, event: nil, answer: answer, lab: FakeLab()) == .passed)
    }
}
