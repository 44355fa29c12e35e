create -f FILE --edit would open the manifest in an editor first; the lab has none, so it says
how to change the file instead, and creates nothing.
  $ printf 'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: cfg\n' > cfg.yaml
  $ kubectl create -f cfg.yaml --edit
  error: kubectl create --edit opens the manifest in a text editor, and this lab has none.
  Change the file instead, then create from it:
    cat > cfg.yaml <<'EOF'     (then type the changed manifest, and EOF on a line of its own)
    kubectl create -f cfg.yaml
  $ kubectl get configmap cfg
  Error from server (NotFound): configmaps "cfg" not found
