kubectl help COMMAND prints what COMMAND --help prints, for the deepest command its words name;
words naming no command are an unknown help topic, reported before kubectl's own help. kubectl
1.32 has no alpha commands: `kubectl alpha` is hidden, and typed anyway it says so on standard
error and succeeds, whatever words follow; an unknown flag is still a usage error. Checked
against kubectl.1.32.
  $ kubectl help get | head -2
  Show objects of one or more types.
  
  $ kubectl help create deployment nope | head -2
  Create a Deployment that runs the given image(s).
  
  $ kubectl help nope 2>&1 >/dev/null | head -1
  Unknown help topic [`nope`]
  $ kubectl help nope extra 2>/dev/null | wc -l
  0
  $ kubectl alpha
  No alpha commands are available in this version of kubectl
  $ kubectl alpha debug pods 2>/dev/null; echo $?
  0
  $ kubectl alpha --help
  No alpha commands are available in this version of kubectl
  $ kubectl alpha --foo
  error: unknown flag: --foo
  See 'kubectl alpha --help' for usage.
