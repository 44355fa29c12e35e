import KubeAPI
import Testing

@Suite("Base64 decoded as Go's StdEncoding decodes it")
struct Base64StrictTests {
    @Test("padded input decodes, line breaks skipped")
    func decodes() throws {
        #expect(try Base64.decodeStrictly("aGVs\nbG8=").get() == Array("hello".utf8))
        #expect(try Base64.decodeStrictly("").get() == [])
    }

    @Test("bad input names the byte Go's CorruptInputError names", arguments: [
        ("notbase64!", 9), ("abc", 0), ("abcde", 4), ("ab=c", 2), ("a===", 1), ("YWJj=", 4), ("YQ==YQ==", 4),
    ])
    func refuses(input: String, offset: Int) {
        guard case .failure(let problem) = Base64.decodeStrictly(input) else {
            Issue.record("\(input) decoded")
            return
        }
        #expect(problem.message == "illegal base64 data at input byte \(offset)")
    }
}
