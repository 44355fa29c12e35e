import Foundation
import Testing
import Tutor

@Suite("Language and data folder")
struct LanguageTests {
    @Test(
        "the locale picks the language: any Chinese locale is zh-TW, others English",
        arguments: [
            (["LANG": "zh_TW.UTF-8"], Language.zhTW), (["LC_ALL": "zh_CN.UTF-8", "LANG": "en_US"], .zhTW),
            (["LC_ALL": "en_US.UTF-8", "LANG": "zh_TW"], .en), (["LANG": "C"], .en), ([:], .en),
            (["LC_ALL": "", "LANG": "zh_TW"], .zhTW),
        ])
    func locale(environment: [String: String], expected: Language) {
        #expect(Language.preferred(environment: environment) == expected)
    }

    @Test("--lang takes zh-TW and en, in the spellings people use")
    func codes() {
        #expect(Language(code: "zh-TW") == .zhTW)
        #expect(Language(code: "en") == .en)
        #expect(Language(code: "fr") == nil)
    }

    @Test("the data folder is TAROKO_HOME, else found by walking up to lessons/worlds")
    func home() throws {
        let repository = Fixtures.repository.standardizedFileURL
        let nested = repository.appendingPathComponent("Sources/Tutor")
        #expect(
            TarokoHome.locate(environment: ["TAROKO_HOME": "/data"], executable: nil, currentDirectory: nested)?.path
                == "/data")
        #expect(TarokoHome.locate(environment: [:], executable: nil, currentDirectory: nested)?.path == repository.path)
        let elsewhere = Fixtures.temporaryFolder()
        #expect(TarokoHome.locate(environment: [:], executable: nil, currentDirectory: elsewhere) == nil)
    }
}
