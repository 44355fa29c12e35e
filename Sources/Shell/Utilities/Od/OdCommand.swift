import Cluster
import Kubectl

/// `od [-abcdfilosvx] [-A RADIX] [-j BYTES] [-N BYTES] [-S BYTES] [-t TYPE] [-w[BYTES]] [FILE]...`:
/// dumps its input (the files one after another, or standard input) in octal, hexadecimal,
/// decimal, as characters or as floating-point numbers, or lists its strings, as GNU coreutils
/// 9.1's od does, or busybox 1.36's with `busybox` set.
struct OdCommand: ShellCommand {
    var busybox = false
    /// busybox's banner, first line of its usage text.
    var banner = BusyboxBuild.fallbackBanner

    func run(_ context: CommandContext) -> Int32 {
        let parsed: OptionParser.Parsed
        if busybox {
            do {
                parsed = try Self.busyboxParser.parse(context.arguments.dropFirst())
            } catch {
                context.io.err("od: \(error.message)\n" + banner + " multi-call binary.\n" + Self.busyboxUsage)
                return 1
            }
        } else {
            do {
                parsed = try Self.parser.parse(program: "od", context, failure: 1)
            } catch {
                return error.status
            }
        }
        let options: OdOptions
        let spelled = context.arguments.dropFirst().filter { $0.hasPrefix("--") }
        switch OdOptions.read(parsed.options, busybox: busybox, spelled: spelled) {
        case .success(let read): options = read
        case .failure(let failure):
            context.io.err(failure.message)
            return 1
        }
        // The files are one input; a file that cannot be read is reported when od reaches it.
        var bytes: [UInt8] = []
        var errors: [(offset: Int, message: String)] = []
        for input in UtilityInput.inputs(parsed.operands, context) {
            switch input.contents {
            case .success(let text): bytes += RawBytes.bytes(text)
            case .failure(let error): errors.append((bytes.count, "od: \(input.operand ?? "-"): \(error.message)\n"))
            }
        }
        let skip = Int(clamping: options.skip)
        guard skip <= bytes.count else {
            for error in errors { context.io.err(error.message) }
            context.io.err(busybox ? "od: can't skip past end of combined input\n" : "od: cannot skip past end of combined input\n")
            return 1
        }
        if let minimum = options.strings {
            for error in errors { context.io.err(error.message) }
            let dump = OdDump(formats: [], radix: options.radix, bytesPerBlock: 16)
            let strings = OdStrings(minimum: minimum, busybox: busybox)
            let end = options.limit.map { UInt64(skip) &+ $0 }
            context.io.out(strings.lines(Array(bytes[skip...]), start: UInt64(skip), end: end) {
                dump.radix == nil ? "" : dump.address($0) + " "
            })
            return errors.isEmpty ? 0 : 1
        }
        var shown = Array(bytes[skip...])
        if let limit = options.limit, limit < UInt64(shown.count) { shown = Array(shown.prefix(Int(limit))) }
        let formats = options.formats.isEmpty ? [OdFormat(kind: .octal, size: 2)] : options.formats
        var dump = OdDump(formats: formats, radix: options.radix, bytesPerBlock: 16, abbreviate: options.abbreviate, busybox: busybox)
        let common = dump.commonSize
        if let width = options.width {
            if width == 0 || width % common != 0 {
                context.io.err("od: warning: invalid width \(width); using \(common) instead\n")
                dump.bytesPerBlock = common
            } else {
                dump.bytesPerBlock = width
            }
        } else {
            dump.bytesPerBlock = common < 16 ? common * (16 / common) : common
        }
        var pending = errors.filter { $0.offset >= skip }[...]
        for error in errors where error.offset < skip { context.io.err(error.message) }
        dump.render(
            shown, start: UInt64(skip), write: { context.io.out($0) },
            before: { reached in
                while let next = pending.first, next.offset - skip < reached {
                    context.io.err(next.message)
                    pending.removeFirst()
                }
            })
        return errors.isEmpty ? 0 : 1
    }

    /// The long options both builds know; GNU's also has `--endian`.
    private static let longOptions: [OptionParser.LongOption] = [
        .init("skip-bytes", .required, key: "j"), .init("address-radix", .required, key: "A"),
        .init("read-bytes", .required, key: "N"), .init("format", .required, key: "t"),
        .init("output-duplicates", key: "v"), .init("strings", .optional, key: "S"),
        .init("traditional", key: "traditional"), .init("width", .optional, key: "w"),
    ]

    private static let parser = OptionParser(
        short: "A:aBbcDdeFfHhIij:LlN:OoS:st:vw::Xx", long: longOptions + [.init("endian", .required, key: "endian")])

    private static let busyboxParser = OptionParser(short: "A:N:abcdfhij:lot:vxsS:w::", long: longOptions)

    static let busyboxUsage = """

        Usage: od [-abcdfhilovxs] [-t TYPE] [-A RADIX] [-N SIZE] [-j SKIP] [-S MINSTR] [-w WIDTH] [FILE]...

        Print FILEs (or stdin) unambiguously, as octal bytes by default

        """
}
