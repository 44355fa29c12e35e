The create generators read their flags before their sources, as kubectl's Complete does:
the dry run, the output format, then --validate; only then are the sources checked
(--from-env-file with --from-literal) and read (a literal without =).
  $ kubectl create secret generic s --from-literal=bad --validate=bogus
  error: invalid - validate option "bogus"; must be one of: strict (or true), warn, ignore (or false)
  $ kubectl create secret generic s --from-literal=bad --dry-run=bogus --validate=bogus
  error: Invalid dry-run value (bogus). Must be "none", "server", or "client".
  $ kubectl create secret generic s --from-literal=bad --validate=bogus -o bogus
  error: unable to match a printer suitable for the output format "bogus", allowed formats are: go-template,go-template-file,json,jsonpath,jsonpath-as-json,jsonpath-file,name,template,templatefile,yaml
  $ kubectl create secret generic s --from-env-file=x --from-literal=a=b --validate=bogus
  error: invalid - validate option "bogus"; must be one of: strict (or true), warn, ignore (or false)
  $ kubectl create secret generic s --from-env-file=x --from-literal=a=b
  error: from-env-file cannot be combined with from-file or from-literal
  $ kubectl create secret tls t --validate=bogus
  error: invalid - validate option "bogus"; must be one of: strict (or true), warn, ignore (or false)
  $ kubectl create secret docker-registry d --validate=bogus
  error: invalid - validate option "bogus"; must be one of: strict (or true), warn, ignore (or false)
  $ kubectl create configmap c --from-literal=bad --validate=bogus
  error: invalid - validate option "bogus"; must be one of: strict (or true), warn, ignore (or false)
  $ kubectl create configmap c --from-literal=bad --validate=warn --dry-run=client
  error: invalid literal source bad, expected key=value
  $ kubectl create configmap c --from-file=nope --validate=bogus
  error: invalid - validate option "bogus"; must be one of: strict (or true), warn, ignore (or false)
