import LineEditing
import Testing

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

@Suite struct EditLineReaderTests {
    @Test func historyIsSavedIntoNewDirectoriesAndLoadedNextTime() throws {
        var template = Array("/tmp/taroko-history-XXXXXX".utf8CString)
        let directory = try #require(mkdtemp(&template).map { String(cString: $0) })
        defer { _ = system("rm -rf '\(directory)'") }
        let path = directory + "/state/taroko/history"

        let first = EditLineReader(programName: "taroko", historyPath: path) { _, _ in [] }
        first.addHistory("kubectl get pods -A")
        first.close()
        first.close()
        #expect(first.readLine(prompt: "$ ") == .endOfInput)

        let second = EditLineReader(programName: "taroko", historyPath: path) { _, _ in [] }
        second.addHistory("kubectl get svc 部署")
        second.close()

        let saved = try #require(contents(of: path))
        #expect(saved.hasPrefix("_HiStOrY_V2_\n"))
        #expect(saved.contains("kubectl\\040get\\040pods\\040-A\n"))
        #expect(saved.contains("kubectl\\040get\\040svc\\040"))
    }
}

private func contents(of path: String) -> String? {
    guard let file = fopen(path, "r") else { return nil }
    defer { fclose(file) }
    var bytes: [UInt8] = []
    while case let byte = getc(file), byte != EOF {
        bytes.append(UInt8(byte))
    }
    return String(decoding: bytes, as: UTF8.self)
}
