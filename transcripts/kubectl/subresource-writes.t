kubectl apply --subresource needs --server-side; through status it applies the manifest's
status alone, and a field the controller manager last wrote is a conflict until forced (the
Deployment controller then writes its own value back). The scale subresource takes an
autoscaling/v1 Scale, so a Deployment manifest is refused: as an apply patch of the wrong
version, and by replace as a body that does not convert. replace --subresource=status puts the
manifest's status in place; a subresource the resource lacks is a path nothing serves.
  $ kubectl create deployment web --image=nginx --replicas=2
  deployment.apps/web created
  $ sleep 30
  $ cat > web-status.yaml <<'EOF'
  > apiVersion: apps/v1
  > kind: Deployment
  > metadata:
  >   name: web
  > status:
  >   observedGeneration: 7
  > EOF
  $ kubectl apply -f web-status.yaml --subresource=status
  error: --subresource can only be specified for --server-side
  $ kubectl apply -f web-status.yaml --server-side --subresource=status
  error: Apply failed with 1 conflict: conflict with "kube-controller-manager" with subresource "status" using apps/v1: .status.observedGeneration
  Please review the fields above--they currently have other managers. Here
  are the ways you can resolve this warning:
  * If you intend to manage all of these fields, please re-run the apply
    command with the `--force-conflicts` flag.
  * If you do not intend to manage all of the fields, please edit your
    manifest to remove references to the fields that should keep their
    current managers.
  * You may co-own fields by updating your manifest to match the existing
    value; in this case, you'll become the manager if the other manager(s)
    stop managing the field (remove it from their configuration).
  See https://kubernetes.io/docs/reference/using-api/server-side-apply/#conflicts
  $ kubectl apply -f web-status.yaml --server-side --subresource=status --force-conflicts
  deployment.apps/web serverside-applied
  $ kubectl get deploy web -o jsonpath='{.status.observedGeneration}{"\n"}'
  1
  $ kubectl apply -f web-status.yaml --server-side --subresource=scale
  Error from server (BadRequest): Incorrect version specified in apply patch. Specified patch version: apps/v1, expected: autoscaling/v1
  $ kubectl apply -f web-status.yaml --server-side --subresource=foo
  Error from server (NotFound): the server could not find the requested resource
  $ kubectl replace -f web-status.yaml --subresource=scale
  Error from server (BadRequest): error when replacing "web-status.yaml": Deployment in version "v1" cannot be handled as a Scale: converting (v1.Deployment) to (autoscaling.Scale): unknown conversion
  $ kubectl replace -f web-status.yaml --subresource=foo
  Error from server (NotFound): error when replacing "web-status.yaml": the server could not find the requested resource
  $ kubectl get deploy web -o yaml > web.yaml
  $ kubectl replace -f web.yaml --subresource=status
  deployment.apps/web replaced
  $ kubectl create -f web.yaml --subresource=status
  error: unknown flag: --subresource
  See 'kubectl create --help' for usage.
