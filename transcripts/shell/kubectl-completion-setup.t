The Quick Reference's completion setup as a learner types it: kubectl's script defines
`__start_kubectl` and registers it for kubectl (`-o default`, as kubectl 1.32's does), the
alias gets the same specification, and the function fills COMPREPLY through `compgen`.
  $ source <(kubectl completion bash)
  $ type -t __start_kubectl
  function
  $ type __start_kubectl | head -1
  __start_kubectl is a function
  $ complete -p kubectl
  complete -o default -F __start_kubectl kubectl
  $ echo "source <(kubectl completion bash)" >> ~/.bashrc
  $ tail -1 ~/.bashrc
  source <(kubectl completion bash)
  $ alias k=kubectl
  $ complete -o default -F __start_kubectl k
  $ complete -p k
  complete -o default -F __start_kubectl k
  $ COMP_WORDS=(k get na); COMP_CWORD=2; __start_kubectl; echo "${COMPREPLY[@]}"
  namespaces
  $ COMP_WORDS=(k get pods -n kube-s); COMP_CWORD=4; __start_kubectl; echo "${COMPREPLY[@]}"
  kube-system
  $ COMP_WORDS=(k de); COMP_CWORD=1; __start_kubectl; echo "${COMPREPLY[@]}"
  debug delete describe
