kubectl edit needs a text editor, which the lab does not have; it shows the apply and patch
ways to make the same change instead, and the apply way works.
  $ kubectl create deployment web --image=nginx
  deployment.apps/web created
  $ kubectl edit deployment web
  error: kubectl edit opens the object in a text editor, and this lab has none.
  Make the same change with a manifest instead:
    kubectl get deployment web -o yaml > web.yaml
    cat > web.yaml <<'EOF'     (then type the changed manifest, and EOF on a line of its own)
    kubectl apply -f web.yaml
  or change a few fields in place:
    kubectl patch deployment web -p '{"spec":{"replicas":2}}'
  $ kubectl edit pod/goweb
  error: kubectl edit opens the object in a text editor, and this lab has none.
  Make the same change with a manifest instead:
    kubectl get pod goweb -o yaml > goweb.yaml
    cat > goweb.yaml <<'EOF'     (then type the changed manifest, and EOF on a line of its own)
    kubectl apply -f goweb.yaml
  or change a few fields in place:
    kubectl patch pod goweb -p '{"metadata":{"labels":{"reviewed":"yes"}}}'
  $ kubectl edit deploy nosuch
  Error from server (NotFound): deployments.apps "nosuch" not found
  $ kubectl get deployment web -o yaml > web.yaml
  $ kubectl patch deployment web -p '{"spec":{"replicas":2}}'
  deployment.apps/web patched
  $ kubectl get deploy web
  NAME   READY   UP-TO-DATE   AVAILABLE   AGE
  web    0/2     2            0           0s
