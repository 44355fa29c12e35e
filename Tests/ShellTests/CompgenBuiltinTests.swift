import Testing

@testable import Shell

/// `compgen` against bash 5.2.15: the words a specification offers, and its errors.
@Suite("compgen")
struct CompgenBuiltinTests {
    static let cases: [Expected] = [
        Expected("compgen -W 'alpha beta' a", "alpha\n", 0),
        Expected("compgen -W 'alpha beta' z", "", 1),
        Expected("compgen -W '$HOME a\\ b * {x,y}z'", "/home/bigred\na b\n*\nxz\nyz\n", 0),
        Expected("compgen -f g", "greek.txt\n", 0),
        Expected("compgen -f tk/w", "tk/wulin\n", 0),
        Expected("compgen -d -S / t", "tk/\n", 0),
        Expected("compgen -o default no", "noeol.txt\n", 0),
        Expected("compgen -a k", "k\n", 0),
        Expected("compgen -k fi", "fi\n", 0),
        Expected("compgen -v -e HO", "HOME\nHOME\nHOSTNAME\n", 0),
        Expected("compgen -W 'x y' -P pre -S suf", "prexsuf\npreysuf\n", 0),
        Expected("compgen -W 'apple apricot' -X '*cot' a", "apple\n", 0),
        Expected("compgen -W 'apple apricot' -X '!*cot' a", "apricot\n", 0),
        Expected(
            "compgen -F nothere x",
            "bash: compgen: warning: -F option may not work as you expect\nbash: completion: function `nothere' not found\n",
            1),
        Expected("compgen -A bogus", "bash: compgen: bogus: invalid action name\n", 2),
        Expected(
            "compgen -r",
            "bash: compgen: -r: invalid option\ncompgen: usage: compgen [-abcdefgjksuv] [-o option] [-A action] [-G globpat] [-W wordlist] [-F function] [-C command] [-X filterpat] [-P prefix] [-S suffix] [word]\n",
            2),
    ]

    @Test("words, actions, filters and errors as bash 5.2 prints them", arguments: cases)
    func compgen(_ expected: Expected) {
        check(expected)
    }

    @Test("the specification `complete` records offers its words at Tab, directories marked")
    func specificationWords() throws {
        let session = makeSession()
        run(session, "complete -W 'alpha beta' -d foo")
        let spec = try #require(session.completionSpec(for: "foo"))
        #expect(session.completionWords(of: spec, word: "") == ["empty/", "tk/", "alpha", "beta"])
        #expect(session.completionSpec(for: "bar") == nil)
    }

    @Test("file names come from the simulated filesystem, as typed up to the last slash")
    func fileNames() {
        let session = makeSession()
        #expect(session.fileCompletions("tk/wulin/yaml/p") == ["tk/wulin/yaml/pvc-nginx.yaml"])
        #expect(session.fileCompletions("~/e") == ["~/empty/"])
        #expect(session.fileCompletions("/et") == ["/etc/"])
        #expect(session.fileCompletions("t", directoriesOnly: true, marking: false) == ["tk"])
        #expect(session.fileCompletions("nope/x").isEmpty)
        // bigred may not list root's home, so bash finds nothing there.
        #expect(session.fileCompletions("/root/").isEmpty)
        run(session, "ln -s tk link")
        #expect(session.fileCompletions("li", directoriesOnly: true, marking: false) == ["link"])
    }
}
