Commands that make no client never read the kubeconfig, as kubectl 1.32's do: completion,
options, plugin, kustomize and version --client work with a kubeconfig that is missing or
names an unknown context; a client command then fails on it.
  $ kubectl completion bash --kubeconfig=/nonexistent | grep -c complete
  2
  $ kubectl version --client --kubeconfig=/nonexistent
  Client Version: v1.32.2
  Kustomize Version: v5.5.0
  $ kubectl options --kubeconfig=/nonexistent | head -1
  The following options can be passed to any command:
  $ kubectl version --client --context=nosuch
  Client Version: v1.32.2
  Kustomize Version: v5.5.0
  $ KUBECONFIG=/nonexistent kubectl completion bash | head -1
  # bash completion for kubectl                              -*- shell-script -*-
  $ kubectl get pods --kubeconfig=/nonexistent
  error: stat /nonexistent: no such file or directory
  $ kubectl version --kubeconfig=/nonexistent
  error: stat /nonexistent: no such file or directory
