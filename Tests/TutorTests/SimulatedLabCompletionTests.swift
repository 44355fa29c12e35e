import Foundation
import Kubectl
import Testing
import Tutor

/// Tab in the lab as bash completes: kubectl's words where a specification names kubectl's
/// function, file names of the simulated filesystem where no specification applies.
@Suite("Tab completion in the lab")
struct SimulatedLabCompletionTests {
    static func lab() throws -> any Lab { try SimulatedLabTests.lab() }

    static func tab(_ lab: any Lab, _ line: String) -> [String] { lab.completions(line: line, cursor: line.count) }

    @Test("the lab's login completes k as kubectl; without a specification k completes file names")
    func aliasWithAndWithoutSpecification() throws {
        let lab = try Self.lab()
        #expect(Self.tab(lab, "k get po") == Self.tab(lab, "kubectl get po"))
        #expect(Self.tab(lab, "k describe pod/go") == ["pod/goweb"])
        _ = lab.run("complete -r k; mkdir -p /tmp/t/sub && touch /tmp/t/app.yaml /tmp/t/.hidden", sink: OutputBuffer())
        #expect(Self.tab(lab, "k get /tmp/t/") == ["/tmp/t/.hidden", "/tmp/t/app.yaml", "/tmp/t/sub/"])
        #expect(Self.tab(lab, "cat /tmp/t/a") == ["/tmp/t/app.yaml"])
        #expect(Self.tab(lab, "k get po").isEmpty)
    }

    @Test("the Quick Reference's lines make k complete exactly as kubectl")
    func quickReference() throws {
        let lab = try Self.lab()
        for line in [
            "source <(kubectl completion bash)", "alias k=kubectl", "complete -o default -F __start_kubectl k",
        ] {
            #expect(lab.run(line, sink: OutputBuffer()).status == 0)
        }
        for words in ["", "de", "get po", "get pod/go", "get ep -n kube-system kube-", "get pods --show-l"] {
            #expect(Self.tab(lab, "k " + words) == Self.tab(lab, "kubectl " + words))
        }
        #expect(Self.tab(lab, "k get po") == ["pods", "podtemplates", "poddisruptionbudgets", "po"])
        #expect(Self.tab(lab, "k describe pod/go") == ["pod/goweb"])
    }

    @Test("a specification naming kubectl's function while it is not defined completes no kubectl words")
    func functionNotDefined() throws {
        let lab = try Self.lab()
        _ = lab.run("unset -f __start_kubectl; complete -F __start_kubectl k", sink: OutputBuffer())
        #expect(Self.tab(lab, "k de").isEmpty)
    }

    @Test("complete -W offers its words; kubectl -f offers files; $ offers variables")
    func otherCompletions() throws {
        let lab = try Self.lab()
        _ = lab.run("complete -W 'alpha beta' greet; mkdir -p /tmp/m && touch /tmp/m/deploy.yaml", sink: OutputBuffer())
        #expect(Self.tab(lab, "greet a") == ["alpha"])
        #expect(Self.tab(lab, "kubectl apply -f /tmp/m/d") == ["/tmp/m/deploy.yaml"])
        #expect(Self.tab(lab, "echo $HO") == ["$HOME", "$HOSTNAME"])
        #expect(Self.tab(lab, "kubectl get pods | gr").contains("grep"))
        #expect(Self.tab(lab, "ech") == ["echo"])
    }

    @Test("complete -F runs the function with COMP_WORDS and takes its COMPREPLY, leaving no trace")
    func functionSpecification() throws {
        let lab = try Self.lab()
        let define =
            #"_greet() { COMPREPLY=( $(compgen -W "hello hola $COMP_CWORD" -- "$2") ); }; complete -F _greet greet"#
        _ = lab.run(define, sink: OutputBuffer())
        _ = lab.run("false", sink: OutputBuffer())
        #expect(Self.tab(lab, "greet ho") == ["hola"])
        #expect(Self.tab(lab, "greet x ") == ["hello", "hola", "2"])
        let after = OutputBuffer()
        _ = lab.run(#"echo $? "${COMPREPLY[@]}" "${COMP_WORDS[@]}"; history | tail -1"#, sink: after)
        #expect(after.stdout.hasPrefix("1\n"))
        #expect(!after.stdout.contains("greet ho"))
    }
}
