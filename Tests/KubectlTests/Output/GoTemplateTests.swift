@testable import Kubectl
import KubeAPI
import Testing

/// The Go template engine against what kubectl 1.32 printed for the same template over
/// `kubectl create deployment x --image=nginx --dry-run=client` (`-o go-template=TEMPLATE`):
/// the output, or the error kubectl ended with.
@Suite("go templates")
struct GoTemplateTests {
    static let raw: JSONValue = (try? YAMLDecoding.documents(#"{"kind": "Deployment", "apiVersion": "apps/v1", "metadata": {"name": "x", "creationTimestamp": null, "labels": {"app": "x"}}, "spec": {"replicas": 1, "selector": {"matchLabels": {"app": "x"}}, "template": {"metadata": {"creationTimestamp": null, "labels": {"app": "x"}}, "spec": {"containers": [{"name": "nginx", "image": "nginx", "resources": {}}]}}, "strategy": {}}, "status": {}}"#).first) ?? .null

    static func run(_ template: String, allowMissing: Bool = true) -> (output: String, error: String?) {
        let buffer = OutputBuffer()
        do {
            let printer = try GoTemplatePrinter(template, allowMissingKeys: allowMissing)
            try printer.print(raw.sortedKeys, raw: raw, io: IOStreams(sink: buffer))
            return (buffer.stdout, nil)
        } catch {
            return (buffer.stdout, error.message)
        }
    }

    @Test(
        "templates print, or fail, as kubectl's do",
        arguments: [
            ("{{.spec.replicas}} {{.foo}} {{.metadata}}{{\"\\n\"}}", "1 <no value> map[creationTimestamp:<nil> labels:map[app:x] name:x]\n"),
            ("{{.foo.bar}}", "<no value>"),
            ("{{.foo", "error: error parsing template {{.foo, template: output:1: unclosed action"),
            ("{{exists . \"a\"}}", "false"),
            ("{{exists .metadata \"name\"}} {{exists .spec.template.spec.containers 0 \"image\"}} {{exists .spec.template.spec.containers 3}}", "true true false"),
            ("{{base64decode \"aGk=\"}}", "hi"),
            ("{{base64decode \"!!\"}}", "error: error executing template \"{{base64decode \\\"!!\\\"}}\": template: output:1:2: executing \"output\" at <base64decode \"!!\">: error calling base64decode: base64 decode failed: illegal base64 data at input byte 0"),
            ("{{.metadata.creationTimestamp}}", "<no value>"),
            ("{{.metadata.creationTimestamp.x}}", "error: error executing template \"{{.metadata.creationTimestamp.x}}\": template: output:1:11: executing \"output\" at <.metadata.creationTimestamp.x>: nil pointer evaluating interface {}.x"),
            ("{{printf \"%d\" .spec.replicas}}", "1"),
            ("{{printf \"%v %s %q %5.2f|%-6s|\" .spec.replicas .kind .kind .spec.replicas \"ab\"}}", "1 Deployment \"Deployment\" %!f(int64=   01)|ab    |"),
            ("{{len .metadata}}", "3"),
            ("{{index .metadata.labels \"app\"}}", "x"),
            ("{{.spec.replicas | printf \"%T\"}}", "int64"),
            ("{{3 | printf \"%T %v\"}}", "int %!v(MISSING)"),
            ("{{range $k, $v := .metadata.labels}}{{$k}}={{$v}};{{end}}", "app=x;"),
            ("{{.spec.template.spec.containers}}", "[map[image:nginx name:nginx resources:map[]]]"),
            ("{{.status}}", "map[]"),
            ("{{html \"<a&b>\"}} {{js \"a'b<\"}} {{urlquery \"a b&c\"}}", "&lt;a&amp;b&gt; a\\'b\\u003C a+b%26c"),
            ("{{eq .missing \"x\"}}", "false"),
            ("{{len .missing}}", "error: error executing template \"{{len .missing}}\": template: output:1:2: executing \"output\" at <len .missing>: error calling len: reflect: call of reflect.Value.Type on zero Value"),
            ("{{printf \"%v|%s|%d\" .missing .missing .missing}}", "<nil>|%!s(<nil>)|%!d(<nil>)"),
            ("{{index .missing \"a\"}}", "error: error executing template \"{{index .missing \\\"a\\\"}}\": template: output:1:2: executing \"output\" at <index .missing \"a\">: error calling index: index of untyped nil"),
            ("{{index .metadata \"nope\"}}", "<no value>"),
            ("{{index .spec.template.spec.containers 0 \"name\"}}", "nginx"),
            ("{{index .spec.template.spec.containers 5}}", "error: error executing template \"{{index .spec.template.spec.containers 5}}\": template: output:1:2: executing \"output\" at <index .spec.template.spec.containers 5>: error calling index: index out of range: 5"),
            ("{{eq .spec.replicas 1}}", "true"),
            ("{{eq .spec.replicas 1.0}}", "error: error executing template \"{{eq .spec.replicas 1.0}}\": template: output:1:2: executing \"output\" at <eq .spec.replicas 1.0>: error calling eq: incompatible types for comparison"),
            ("{{lt .kind 3}}", "error: error executing template \"{{lt .kind 3}}\": template: output:1:2: executing \"output\" at <lt .kind 3>: error calling lt: incompatible types for comparison"),
            ("{{eq .metadata .metadata}}", "error: error executing template \"{{eq .metadata .metadata}}\": template: output:1:2: executing \"output\" at <eq .metadata .metadata>: error calling eq: non-comparable type map[creationTimestamp:<nil> labels:map[app:x] name:x]: map[string]interface {}"),
            ("{{if .missing}}y{{else}}n{{end}}", "n"),
            ("{{with .metadata.labels}}{{.app}}{{end}}", "x"),
            ("{{range .missing}}x{{else}}empty{{end}}", "empty"),
            ("{{range .kind}}x{{end}}", "error: error executing template \"{{range .kind}}x{{end}}\": template: output:1:8: executing \"output\" at <.kind>: range can't iterate over Deployment"),
            ("{{range 3}}{{.}}{{end}}", "error: error executing template \"{{range 3}}{{.}}{{end}}\": template: output:1:8: executing \"output\" at <3>: range can't iterate over 3"),
            ("{{not .missing}} {{and 1 0 2}} {{or 0 \"\" \"z\"}}", "true 0 z"),
            ("{{print 1 2 \"a\" \"b\" 3}}|{{println \"a\" 1}}|", "1 2ab3|a 1\n|"),
            ("{{.kind.foo}}", "error: error executing template \"{{.kind.foo}}\": template: output:1:7: executing \"output\" at <.kind.foo>: can't evaluate field foo in type interface {}"),
            ("{{.spec.replicas.foo}}", "error: error executing template \"{{.spec.replicas.foo}}\": template: output:1:7: executing \"output\" at <.spec.replicas.foo>: can't evaluate field foo in type interface {}"),
            ("{{$x := 5}}{{$x}}{{$x = 6}}{{$x}}", "56"),
            ("{{/* c */}}a {{- \" b \" -}} c", "a b c"),
            ("{{.Kind}}", "<no value>"),
            ("{{nofunc 1}}", "error: error parsing template {{nofunc 1}}, template: output:1: function \"nofunc\" not defined"),
            ("{{$y}}", "error: error parsing template {{$y}}, template: output:1: undefined variable \"$y\""),
            ("{{if}}{{end}}", "error: error parsing template {{if}}{{end}}, template: output:1: missing value for if"),
            ("{{range .items}}", "error: error parsing template {{range .items}}, template: output:1: unexpected EOF"),
            ("{{end}}", "error: error parsing template {{end}}, template: output:1: unexpected {{end}}"),
            ("{{.a | 3}}", "error: error parsing template {{.a | 3}}, template: output:1: non executable command in pipeline stage 2"),
            ("{{\"abc\" | len}}", "3"),
            ("{{len 3}}", "error: error executing template \"{{len 3}}\": template: output:1:2: executing \"output\" at <len 3>: error calling len: len of type int"),
            ("{{index 3 1}}", "error: error executing template \"{{index 3 1}}\": template: output:1:2: executing \"output\" at <index 3 1>: error calling index: can't index item of type int"),
            ("{{slice \"abcdef\" 1 3}}", "bc"),
            ("{{.kind 1}}", "error: error executing template \"{{.kind 1}}\": template: output:1:2: executing \"output\" at <.kind>: kind is not a method but has arguments"),
            ("{{range $i, $c := .spec.template.spec.containers}}{{$i}}:{{$c.name}} {{$c.image}}{{\"\\n\"}}{{end}}", "0:nginx nginx\n"),
            ("{{range .spec.template.spec.containers}}{{.name}}{{\"\\t\"}}{{.image}}{{\"\\n\"}}{{end}}", "nginx\tnginx\n"),
            ("{{if eq .kind \"Deployment\"}}deploy{{else if eq .kind \"Pod\"}}pod{{else}}other{{end}}", "deploy"),
            ("{{with .missing}}x{{else}}none{{end}}", "none"),
            ("{{with $x := .metadata.name}}{{$x}}{{end}}", "x"),
            ("{{printf \"%-10s|%10s|%05d|%x|%X|%o|%b|%c|%q|%U\" \"ab\" \"cd\" 42 255 255 8 5 65 66 67}}", "ab        |        cd|00042|ff|FF|10|101|A|'B'|U+0043"),
            ("{{printf \"%e %E %.3f %g %G %8.2f %-8.2f| %+d % d\" 1234.5678 0.000012 3.14159 100000000.0 1e-7 3.14159 2.5 5 5}}", "1.234568e+03 1.200000E-05 3.142 1e+08 1E-07     3.14 2.50    | +5  5"),
            ("{{printf \"%s %v\" .metadata.labels .spec.template.spec.containers}}", "map[app:x] [map[image:nginx name:nginx resources:map[]]]"),
            ("{{printf \"%d\" .metadata}}", "map[%!d(string=creationTimestamp):<nil> %!d(string=labels):map[%!d(string=app):%!d(string=x)] %!d(string=name):%!d(string=x)]"),
            ("{{printf \"%s\"}}", "%!s(MISSING)"),
            ("{{printf \"%s\" \"a\" \"b\"}}", "a%!(EXTRA string=b)"),
            ("{{printf \"%!\" 1}}", "%!!(int=1)"),
            ("{{printf \"%\"}}", "%!(NOVERB)"),
            ("{{printf \"%t %v\" true false}}", "true false"),
            ("{{printf \"%#v\" .metadata}}", "map[string]interface {}{\"creationTimestamp\":interface {}(nil), \"labels\":map[string]interface {}{\"app\":\"x\"}, \"name\":\"x\"}"),
            ("{{printf \"%q\" .spec.replicas}}", "'\\x01'"),
            ("{{printf \"%x\" \"hi\"}} {{printf \"% x\" \"hi\"}} {{printf \"%#x\" \"hi\"}}", "6869 68 69 0x6869"),
            ("{{printf \"%.2s|%5.1s|\" \"abcdef\" \"xyz\"}}", "ab|    x|"),
            ("{{printf \"%*d|%-*d|\" 5 3 4 2}}", "    3|2   |"),
            ("{{1.5}} {{1e3}} {{0x1F}} {{'a'}} {{-3}} {{07}} {{1_000}}", "1.5 1000 31 97 -3 7 1000"),
            ("{{true}} {{\"str\"}} {{`raw`}}", "true str raw"),
            ("{{nil}}", "error: error executing template \"{{nil}}\": template: output:1:2: executing \"output\" at <nil>: nil is not a command"),
            ("{{.}}", "map[apiVersion:apps/v1 kind:Deployment metadata:map[creationTimestamp:<nil> labels:map[app:x] name:x] spec:map[replicas:1 selector:map[matchLabels:map[app:x]] strategy:map[] template:map[metadata:map[creationTimestamp:<nil> labels:map[app:x]] spec:map[containers:[map[image:nginx name:nginx resources:map[]]]]]] status:map[]]"),
            ("{{$}}", "map[apiVersion:apps/v1 kind:Deployment metadata:map[creationTimestamp:<nil> labels:map[app:x] name:x] spec:map[replicas:1 selector:map[matchLabels:map[app:x]] strategy:map[] template:map[metadata:map[creationTimestamp:<nil> labels:map[app:x]] spec:map[containers:[map[image:nginx name:nginx resources:map[]]]]]] status:map[]]"),
            ("{{$.kind}}", "Deployment"),
            ("{{(index .spec.template.spec.containers 0).name}}", "nginx"),
            ("{{(.metadata).name}}", "x"),
            ("{{len .spec.template.spec.containers | printf \"%d containers\"}}", "1 containers"),
            ("{{.metadata.name | printf \"%s-%s\" \"pre\"}}", "pre-x"),
            ("{{range $i, $e := .metadata.labels}}{{$i}}{{end}}", "app"),
            ("{{range $e := .spec.template.spec.containers}}{{$e.name}}{{end}}", "nginx"),
            ("{{range .spec.template.spec.containers}}{{break}}{{end}}done", "done"),
            ("{{range .spec.template.spec.containers}}{{continue}}x{{end}}done", "done"),
            ("{{break}}", "error: error parsing template {{break}}, template: output:1: {{break}} outside {{range}}"),
            ("{{if .kind}}", "error: error parsing template {{if .kind}}, template: output:1: unexpected EOF"),
            ("{{else}}", "error: error parsing template {{else}}, template: output:1: unexpected {{else}}"),
            ("{{if .kind}}{{else}}{{else}}{{end}}", "error: error parsing template {{if .kind}}{{else}}{{else}}{{end}}, template: output:1: expected end; found {{else}}"),
            ("{{$x := 1}}{{$x := 2}}{{$x}}", "2"),
            ("{{ .kind }}", "Deployment"),
            ("{{- .kind -}}", "Deployment"),
            ("  {{- .kind }}  ", "Deployment  "),
            ("{{.kind}}{{/* unclosed", "error: error parsing template {{.kind}}{{/* unclosed, template: output:1: unclosed comment"),
            ("{{/* x */ }}", "error: error parsing template {{/* x */ }}, template: output:1: comment ends before closing delimiter"),
            ("{{.kind) }}", "error: error parsing template {{.kind) }}, template: output:1: unexpected right paren"),
            ("{{(.kind}}", "error: error parsing template {{(.kind}}, template: output:1: unclosed left paren"),
            ("{{\"unterminated}}", "error: error parsing template {{\"unterminated}}, template: output:1: unterminated quoted string"),
            ("{{`raw}}", "error: error parsing template {{`raw}}, template: output:1: unterminated raw quoted string"),
            ("{{'ab'}}", "error: error parsing template {{'ab'}}, template: output:1: malformed character constant: 'ab'"),
            ("{{3x}}", "error: error parsing template {{3x}}, template: output:1: bad number syntax: \"3x\""),
            ("{{.a.b.c.d}}", "<no value>"),
            ("{{.metadata.labels.app.x}}", "error: error executing template \"{{.metadata.labels.app.x}}\": template: output:1:11: executing \"output\" at <.metadata.labels.app.x>: can't evaluate field x in type interface {}"),
            ("{{$x.y}}", "error: error parsing template {{$x.y}}, template: output:1: undefined variable \"$x\""),
            ("{{$.metadata.name}}", "x"),
            ("{{index .metadata.name 0}}", "120"),
            ("{{index .metadata 1}}", "error: error executing template \"{{index .metadata 1}}\": template: output:1:2: executing \"output\" at <index .metadata 1>: error calling index: value has type int; should be string"),
            ("{{index .spec.template.spec.containers \"a\"}}", "error: error executing template \"{{index .spec.template.spec.containers \\\"a\\\"}}\": template: output:1:2: executing \"output\" at <index .spec.template.spec.containers \"a\">: error calling index: cannot index slice/array with type string"),
            ("{{index .spec.template.spec.containers nil}}", "error: error executing template \"{{index .spec.template.spec.containers nil}}\": template: output:1:2: executing \"output\" at <index .spec.template.spec.containers nil>: error calling index: cannot index slice/array with nil"),
            ("{{slice .spec.template.spec.containers 0 1}}", "[map[image:nginx name:nginx resources:map[]]]"),
            ("{{slice .kind 3 2}}", "error: error executing template \"{{slice .kind 3 2}}\": template: output:1:2: executing \"output\" at <slice .kind 3 2>: error calling slice: invalid slice index: 3 > 2"),
            ("{{slice .kind 1 2 3}}", "error: error executing template \"{{slice .kind 1 2 3}}\": template: output:1:2: executing \"output\" at <slice .kind 1 2 3>: error calling slice: cannot 3-index slice a string"),
            ("{{slice 3}}", "error: error executing template \"{{slice 3}}\": template: output:1:2: executing \"output\" at <slice 3>: error calling slice: can't slice item of type int"),
            ("{{not}}", "error: error executing template \"{{not}}\": template: output:1:2: executing \"output\" at <not>: wrong number of args for not: want 1 got 0"),
            ("{{and}}", "error: error executing template \"{{and}}\": template: output:1:2: executing \"output\" at <and>: wrong number of args for and: want at least 1 got 0"),
            ("{{eq 1}}", "error: error executing template \"{{eq 1}}\": template: output:1:2: executing \"output\" at <eq 1>: error calling eq: missing argument for comparison"),
            ("{{eq \"a\" \"b\" \"a\"}}", "true"),
            ("{{ne 1 2}} {{lt 1 2}} {{le 2 2}} {{gt \"b\" \"a\"}} {{ge 1.5 2.5}}", "true true true true false"),
            ("{{lt true false}}", "error: error executing template \"{{lt true false}}\": template: output:1:2: executing \"output\" at <lt true false>: error calling lt: invalid type for comparison"),
            ("{{eq .missing .missing}}", "true"),
            ("{{eq nil 1}}", "false"),
            ("{{call .kind}}", "error: error executing template \"{{call .kind}}\": template: output:1:2: executing \"output\" at <call .kind>: error calling call: non-function .kind of type string"),
            ("{{call .missing}}", "error: error executing template \"{{call .missing}}\": template: output:1:2: executing \"output\" at <call .missing>: error calling call: call of nil"),
            ("{{template \"x\"}}", "error: error executing template \"{{template \\\"x\\\"}}\": template: output:1:11: executing \"output\" at <{{template \"x\"}}>: template \"x\" not defined"),
            ("{{define \"x\"}}a{{end}}", ""),
            ("{{printf 3}}", "error: error executing template \"{{printf 3}}\": template: output:1:9: executing \"output\" at <3>: expected string; found 3"),
            ("{{printf .spec.replicas}}", "error: error executing template \"{{printf .spec.replicas}}\": template: output:1:14: executing \"output\" at <.spec.replicas>: wrong type for value; expected string; got int64"),
            ("{{printf .missing}}", "error: error executing template \"{{printf .missing}}\": template: output:1:9: executing \"output\" at <.missing>: invalid value; expected string"),
            ("{{html .missing}} {{html 1 2}} {{js .metadata.labels}}", "&lt;no value&gt; 1 2 map[app:x]"),
            ("{{urlquery \"é/?=&\"}}", "%C3%A9%2F%3F%3D%26"),
            ("{{js \"é\\u2028\\n\\t\"}}", "é\\u2028\\u000A\\u0009"),
            ("{{.kind | .foo}}", "error: error executing template \"{{.kind | .foo}}\": template: output:1:10: executing \"output\" at <.foo>: foo is not a method but has arguments"),
            ("{{\"x\" | $}}", "error: error executing template \"{{\\\"x\\\" | $}}\": template: output:1:8: executing \"output\" at <$>: can't give argument to non-function $"),
            ("{{. 1}}", "error: error executing template \"{{. 1}}\": template: output:1:2: executing \"output\" at <.>: can't give argument to non-function ."),
            ("{{1 2}}", "error: error executing template \"{{1 2}}\": template: output:1:2: executing \"output\" at <1>: can't give argument to non-function 1"),
            ("{{.metadata.labels.app | eq \"x\"}}", "true"),
            ("{{if and .kind (eq .spec.replicas 1)}}yes{{end}}", "yes"),
            ("{{or .missing \"default\"}}", "default"),
            ("{{print .missing}} {{println .missing}}", "<nil> <nil>\n"),
            ("{{len .kind}} {{len .spec.template.spec.containers}}", "10 1"),
            ("{{index \"abc\" 1}}", "98"),
            ("{{printf \"%c%c\" (index \"abc\" 0) 66}}", "aB"),
            ("{{$n := len .metadata.labels}}{{if gt $n 0}}has labels{{end}}", "has labels"),
            ("{{range $k, $v := .}}{{$k}} {{end}}", "apiVersion kind metadata spec status "),
            ("{{define \"x\"}}a{{.}}{{end}}{{template \"x\" .kind}}", "aDeployment"),
            ("{{define \"x\"}}{{.nope.x}}{{end}}{{template \"x\" .metadata}}", "<no value>"),
            ("{{block \"b\" .kind}}[{{.}}]{{end}}", "[Deployment]"),
            ("{{template \"y\"}}", "error: error executing template \"{{template \\\"y\\\"}}\": template: output:1:11: executing \"output\" at <{{template \"y\"}}>: template \"y\" not defined"),
            ("{{define \"x\"}}a{{end}}{{define \"x\"}}b{{end}}", "error: error parsing template {{define \"x\"}}a{{end}}{{define \"x\"}}b{{end}}, template: output:1: template: multiple definition of template \"x\""),
            ("{{define \"x\"}}{{$}}{{end}}{{template \"x\" 3}}", "3"),
            ("{{1_000}} {{0b101}} {{0o17}} {{0x1p4}} {{1e400}}", "error: error parsing template {{1_000}} {{0b101}} {{0o17}} {{0x1p4}} {{1e400}}, template: output:1: illegal number syntax: \"1e400\""),
            ("{{99999999999999999999}}", "error: error parsing template {{99999999999999999999}}, template: output:1: integer overflow: \"99999999999999999999\""),
            ("{{.kind) }}", "error: error parsing template {{.kind) }}, template: output:1: unexpected right paren"),
            ("{{index .spec.template.spec.containers nil}}", "error: error executing template \"{{index .spec.template.spec.containers nil}}\": template: output:1:2: executing \"output\" at <index .spec.template.spec.containers nil>: error calling index: cannot index slice/array with nil"),
            ("{{eq .missing .missing}} {{eq nil 1}} {{eq .missing .metadata}}", "true false false"),
            ("{{with .kind}}{{.x}}{{end}}", "error: error executing template \"{{with .kind}}{{.x}}{{end}}\": template: output:1:16: executing \"output\" at <.x>: can't evaluate field x in type string"),
            ("{{range .spec.template.spec.containers}}{{.name.x}}{{end}}", "error: error executing template \"{{range .spec.template.spec.containers}}{{.name.x}}{{end}}\": template: output:1:47: executing \"output\" at <.name.x>: can't evaluate field x in type interface {}"),
            ("{{with .missing}}{{else with .kind}}k={{.}}{{end}}", "k=Deployment"),
            ("{{if .missing}}{{else with .kind}}k={{.}}{{end}}", "error: error parsing template {{if .missing}}{{else with .kind}}k={{.}}{{end}}, template: output:1: unexpected <with> in input"),
            ("{{.kind}}", "Deployment"),
            ("{{.nope.x}}{{.x.y", "error: error parsing template {{.nope.x}}{{.x.y, template: output:1: unclosed action"),
            ("{{.metadata.name}}\t{{\"\\u00e9\"}} {{printf \"%5s|%-5s|\" \"é\" \"ü\"}}", "x\té     é|ü    |"),
            ("{{printf \"%08.3f|%-8.3f|%+.2e\" 3.14159 2.5 12345.678}}", "0003.142|2.500   |+1.23e+04"),
            ("{{printf \"%6.2v|%v\" 3.14159 0.000001}}", "   3.1|1e-06"),
            ("{{printf \"%3c|%-4q|%#q|%#o|%#b\" 65 \"a\" \"b\" 8 5}}", "  A|\"a\" |`b`|010|0b101"),
            ("{{printf \"%v\" 1e21}} {{printf \"%v\" 123456789.0}} {{printf \"%g\" 0.0001}} {{printf \"%.3g\" 1234.0}}", "1e+21 1.23456789e+08 0.0001 1.23e+03"),
            ("{{printf \"%d %d\" 1}}", "1 %!d(MISSING)"),
            ("{{printf \"%d\" 1 2 \"x\"}}", "1%!(EXTRA int=2, string=x)"),
            ("{{printf \"%[2]d %[1]d\" 1 2}}", "2 1"),
            ("{{printf \"%.0d|%.d|%5.0d|\" 0 0 0}}", "||     |"),
            ("{{printf \"%x %X %#X\" -255 -255 255}}", "-ff -FF 0XFF"),
            ("{{printf \"%T %T %T %T %T\" .metadata .spec.template.spec.containers .missing \"s\" 1.5}}", "map[string]interface {} []interface {} <nil> string float64"),
            ("{{len (slice .spec.template.spec.containers 0 0)}}", "0"),
            ("{{index (index .spec.template.spec.containers 0).resources \"x\"}}", "<no value>"),
            ("{{range $k, $v := .metadata}}{{$k}}={{$v}} {{end}}", "creationTimestamp=<no value> labels=map[app:x] name=x "),
            ("{{range .metadata.labels}}{{.}}{{end}}", "x"),
            ("{{$x := .metadata}}{{range $x.labels}}{{.}}{{end}}{{$x.name}}", "xx"),
            ("{{range $i, $c := .spec.template.spec.containers}}{{if $i}},{{end}}{{$c.name}}{{end}}", "nginx"),
            ("{{range .spec.template.spec.containers}}{{$.kind}}/{{.name}}{{end}}", "Deployment/nginx"),
            ("{{range $i := .spec.template.spec.containers}}{{$i}}{{end}}", "map[image:nginx name:nginx resources:map[]]"),
            ("{{range $i, $j, $k := .spec.template.spec.containers}}{{end}}", "error: error parsing template {{range $i, $j, $k := .spec.template.spec.containers}}{{end}}, template: output:1: too many declarations in range"),
            ("{{with $x, $y := .kind}}{{end}}", "error: error parsing template {{with $x, $y := .kind}}{{end}}, template: output:1: too many declarations in with"),
            ("{{range $x = .kind}}{{end}}", "error: error executing template \"{{range $x = .kind}}{{end}}\": template: output:1:13: executing \"output\" at <.kind>: undefined variable: $x"),
            ("{{$z = 1}}", "error: error executing template \"{{$z = 1}}\": template: output:1:7: executing \"output\" at <1>: undefined variable: $z"),
            ("{{ $x := 1 }}{{ if true }}{{ $x = 2 }}{{ end }}{{ $x }}", "2"),
            ("{{if true}}{{$y := 1}}{{end}}{{$y}}", "error: error parsing template {{if true}}{{$y := 1}}{{end}}{{$y}}, template: output:1: undefined variable \"$y\""),
            ("{{\"a\" \"b\"}}", "error: error executing template \"{{\\\"a\\\" \\\"b\\\"}}\": template: output:1:2: executing \"output\" at <\"a\">: can't give argument to non-function \"a\""),
            ("{{.kind | printf \"%s\" | len}}", "10"),
            ("{{.kind | not | not}}", "true"),
            ("{{|}}", "error: error parsing template {{|}}, template: output:1: unexpected \"|\" in command"),
            ("{{.kind |}}", "Deployment"),
            ("{{(1) | printf \"%v\"}}", "1"),
            ("{{()}}", "error: error parsing template {{()}}, template: output:1: missing value for parenthesized pipeline"),
            ("{{$}}{{$.}}", "error: error parsing template {{$}}{{$.}}, template: output:1: unexpected <.> in operand"),
            ("{{.kind.}}", "error: error parsing template {{.kind.}}, template: output:1: unexpected <.> in operand"),
            ("{{3.kind}}", "error: error parsing template {{3.kind}}, template: output:1: bad number syntax: \"3.k\""),
            ("{{\"x\".y}}", "error: error parsing template {{\"x\".y}}, template: output:1: unexpected . after term \"\\\"x\\\"\""),
            ("{{(.metadata).labels.app}}", "x"),
            ("{{(.missing).x}}", "<no value>"),
            ("{{(nil).x}}", "error: error executing template \"{{(nil).x}}\": template: output:1:3: executing \"output\" at <nil>: nil is not a command"),
            ("{{nil.x}}", "error: error parsing template {{nil.x}}, template: output:1: unexpected . after term \"nil\""),
            ("{{html}}", ""),
            ("{{print}}|{{println}}|", "|\n|"),
            ("{{base64decode}}", "error: error executing template \"{{base64decode}}\": template: output:1:2: executing \"output\" at <base64decode>: wrong number of args for base64decode: want 1 got 0"),
            ("{{base64decode .spec.replicas}}", "error: error executing template \"{{base64decode .spec.replicas}}\": template: output:1:20: executing \"output\" at <.spec.replicas>: wrong type for value; expected string; got int64"),
            ("{{base64decode \"YQ\"}}", "error: error executing template \"{{base64decode \\\"YQ\\\"}}\": template: output:1:2: executing \"output\" at <base64decode \"YQ\">: error calling base64decode: base64 decode failed: illegal base64 data at input byte 0"),
            ("{{base64decode \"YQ==\"}} {{base64decode \"aGVsbG8gd29ybGQ=\"}}", "a hello world"),
            ("{{base64decode \"a\"}}", "error: error executing template \"{{base64decode \\\"a\\\"}}\": template: output:1:2: executing \"output\" at <base64decode \"a\">: error calling base64decode: base64 decode failed: illegal base64 data at input byte 0"),
            ("{{base64decode \"aGk=aGk=\"}}", "error: error executing template \"{{base64decode \\\"aGk=aGk=\\\"}}\": template: output:1:2: executing \"output\" at <base64decode \"aGk=aGk=\">: error calling base64decode: base64 decode failed: illegal base64 data at input byte 4"),
            ("{{exists}}", "error: error executing template \"{{exists}}\": template: output:1:2: executing \"output\" at <exists>: wrong number of args for exists: want at least 1 got 0"),
            ("{{exists .metadata.labels}}", "true"),
            ("{{exists .metadata \"creationTimestamp\"}}", "false"),
            ("{{urlquery .kind \"x y\"}} {{js 1 \"a\"}} {{html \"a\" \"b\"}}", "Deploymentx+y 1a ab"),
            ("{{printf \"%[2]d %[1]d\" 1 2}}", "2 1"),
            ("{{printf \"%[3]d %[1]d\" 1 2}}", "%!d(BADINDEX) 1"),
            ("{{printf \"%[2]*[1]d|\" 3 5}}", "    3|"),
            ("{{1e400}}", "error: error parsing template {{1e400}}, template: output:1: illegal number syntax: \"1e400\""),
        ])
    func template(_ template: String, expected: String) {
        let result = Self.run(template)
        #expect((result.error ?? result.output) == expected)
    }

    @Test("a failed run prints what it wrote, then the template, the raw object and Go's view of it")
    func debuggingBlock() {
        let result = Self.run("a{{.metadata.name}}b{{.foo}}", allowMissing: false)
        #expect(
            result.output == """
                axbError executing template: template: output:1:22: executing "output" at <.foo>: map has no entry for key "foo". Printing more information for debugging the template:
                \ttemplate was:
                \t\ta{{.metadata.name}}b{{.foo}}
                \traw data was:
                \t\t{"kind":"Deployment","apiVersion":"apps/v1","metadata":{"name":"x","creationTimestamp":null,"labels":{"app":"x"}},"spec":{"replicas":1,"selector":{"matchLabels":{"app":"x"}},"template":{"metadata":{"creationTimestamp":null,"labels":{"app":"x"}},"spec":{"containers":[{"name":"nginx","image":"nginx","resources":{}}]}},"strategy":{}},"status":{}}
                \tobject given to template engine was:
                \t\tmap[apiVersion:apps/v1 kind:Deployment metadata:map[creationTimestamp:<nil> labels:map[app:x] name:x] spec:map[replicas:1 selector:map[matchLabels:map[app:x]] strategy:map[] template:map[metadata:map[creationTimestamp:<nil> labels:map[app:x]] spec:map[containers:[map[image:nginx name:nginx resources:map[]]]]]] status:map[]]


                """)
        #expect(
            result.error
                == #"error: error executing template "a{{.metadata.name}}b{{.foo}}": template: output:1:22: executing "output" at <.foo>: map has no entry for key "foo""#
        )
    }

    @Test(
        "errors name the line and column where the template spans lines",
        arguments: [
            ("{{.kind}}\n{{.x\n}}", "Deployment\n<no value>"),
            ("{{.kind}}\n{{.x", "error: error parsing template {{.kind}}\n{{.x, template: output:2: unclosed action"),
            ("a\n{{.x\n\n", "error: error parsing template a\n{{.x\n\n, template: output:4: unclosed action started at output:2"),
            ("line1\n  {{.metadata.creationTimestamp.x}}",
             "error: error executing template \"line1\\n  {{.metadata.creationTimestamp.x}}\": template: output:2:13: executing \"output\" at <.metadata.creationTimestamp.x>: nil pointer evaluating interface {}.x"),
            ("{{range .spec.template.spec.containers}}\n  {{- .name}}\n{{- end}}\n", "nginx\n"),
        ])
    func multiline(_ template: String, expected: String) {
        let result = Self.run(template)
        #expect((result.error ?? result.output) == expected)
    }

    @Test("missing keys print <no value>, or fail with --allow-missing-template-keys=false")
    func missingKeys() {
        #expect(Self.run("{{.nope}}|{{.nope.deeper}}").output == "<no value>|<no value>")
        #expect(Self.run("{{.nope.deeper}}", allowMissing: false).error?.hasSuffix(#"map has no entry for key "nope""#) == true)
        #expect(Self.run("{{with .metadata}}{{.nope}}{{end}}", allowMissing: false).error?.hasSuffix(#"map has no entry for key "nope""#) == true)
    }
}
