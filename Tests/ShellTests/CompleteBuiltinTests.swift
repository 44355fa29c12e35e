import Testing

@testable import Shell

/// `complete`'s table: printed as bash 5.2 prints each specification, walked in bash's hash order.
@Suite("complete's specifications")
struct CompleteBuiltinTests {
    @Test("complete -p walks 512 FNV-1 buckets, newest first within one, as bash 5.2 does")
    func walkOrder() {
        // Registered in this order, `complete -p` in bash 5.2 lists them as expected below.
        let added = ["kubectl", "k", "git", "ls", "docker", "x1", "yy", "zzz", "abc", "helm", "podman"]
        let listed = ["kubectl", "zzz", "podman", "git", "docker", "ls", "x1", "abc", "k", "helm", "yy"]
        #expect(CompletionSpec.walkOrder(added) == listed)
    }

    @Test("options, letters, named actions, quoted arguments, then the function")
    func printed() {
        var spec = CompletionSpec()
        spec.options = ["nospace", "default"]
        spec.actions = ["file", "arrayvar", "alias"]
        spec.arguments = ["W": "it's", "F": "_f"]
        #expect(spec.printed(for: "q") == "complete -o default -o nospace -a -f -A arrayvar -W 'it'\\''s' -F _f q\n")
    }
}
