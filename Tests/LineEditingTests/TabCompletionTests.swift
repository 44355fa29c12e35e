import Testing

@testable import LineEditing

@Suite struct TabCompletionTests {
    @Test func singleMatchIsCompletedWithASpace() {
        let completion = TabCompletion(beforeCursor: "ku", candidates: ["kubectl"])
        #expect(completion == TabCompletion(insertion: "bectl ", candidates: []))
    }

    @Test func onlyTheWordBeforeTheCursorIsCompleted() {
        let completion = TabCompletion(beforeCursor: "kubectl get  deploy", candidates: ["deployments"])
        #expect(completion.insertion == "ments ")
    }

    @Test func severalMatchesInsertTheirCommonPrefix() {
        let completion = TabCompletion(beforeCursor: "kubectl get p", candidates: ["pods", "pod", "persistentvolumes"])
        #expect(completion.insertion == "")
        #expect(completion.candidates == ["pods", "pod", "persistentvolumes"])
        let narrower = TabCompletion(beforeCursor: "kubectl get po", candidates: ["pods", "pod"])
        #expect(narrower == TabCompletion(insertion: "d", candidates: ["pods", "pod"]))
    }

    @Test func noMatchChangesNothing() {
        #expect(
            TabCompletion(beforeCursor: "kubectl zz", candidates: []) == TabCompletion(insertion: "", candidates: []))
    }

    @Test func candidatesNotStartingWithTheWordAreIgnored() {
        let completion = TabCompletion(beforeCursor: "kubectl get sv", candidates: ["pods", "services", "svc"])
        #expect(completion == TabCompletion(insertion: "c ", candidates: []))
    }

    @Test func duplicateCandidatesAreListedOnce() {
        let completion = TabCompletion(beforeCursor: "get ", candidates: ["pods", "nodes", "pods"])
        #expect(completion.candidates == ["pods", "nodes"])
    }

    @Test func directoryIsCompletedWithoutASpace() {
        #expect(TabCompletion(beforeCursor: "cat /e", candidates: ["/etc/"]).insertion == "tc/")
    }

    @Test func listingIsSortedAndShowsFileNamesPastTheDirectory() {
        let completion = TabCompletion(beforeCursor: "cat /tmp/t/", candidates: ["/tmp/t/sub/", "/tmp/t/app.yaml"])
        #expect(completion.insertion == "")
        #expect(completion.listed == ["app.yaml", "sub/"])
        let words = TabCompletion(beforeCursor: "kubectl get po", candidates: ["pods", "podtemplates", "po"])
        #expect(words.listed == ["po", "pods", "podtemplates"])
    }

    @Test func chineseWordsComplete() {
        #expect(TabCompletion(beforeCursor: "部", candidates: ["部署", "部署表"]).insertion == "署")
        #expect(TabCompletion(beforeCursor: "echo 部署表", candidates: ["部署表"]).insertion == " ")
    }
}

@Suite struct CandidateListingTests {
    @Test func candidatesFillColumnsDownThenAcross() {
        let text = CandidateListing.text(
            ["pods", "pod", "persistentvolumes", "poddisruptionbudgets", "podtemplates"], width: 50)
        let expected = [
            "pods                  poddisruptionbudgets",
            "pod                   podtemplates",
            "persistentvolumes",
        ]
        #expect(text == expected.map { $0 + "\n" }.joined())
    }

    @Test func narrowTerminalGetsOneCandidatePerLine() {
        #expect(CandidateListing.text(["kube-system", "kube-public"], width: 12) == "kube-system\nkube-public\n")
    }

    @Test func chineseCandidatesAlignByScreenWidth() {
        #expect(CandidateListing.text(["部署", "部署表", "ab"], width: 80) == "部署    部署表  ab\n")
        #expect(CandidateListing.displayWidth("部署 ok") == 7)
    }
}
