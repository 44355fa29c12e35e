kubectl debug --custom merges a partial container spec from a file into the debug container,
after the profile; the fields that make the container what it is may not be set there.
  $ kubectl run web --image=nginx
  pod/web created
  $ sleep 30
  $ cat > sc.yaml <<EOF
  > securityContext:
  >   runAsUser: 1000
  > env:
  > - name: MODE
  >   value: debug
  > EOF
  $ kubectl debug web --image=busybox --profile=general --custom=sc.yaml -c tools -- sleep 600
  $ kubectl get pod web -o jsonpath='{.spec.ephemeralContainers[0].securityContext}{"\n"}{.spec.ephemeralContainers[0].env}{"\n"}'
  {"capabilities":{"add":["SYS_PTRACE"]},"runAsUser":1000}
  [{"name":"MODE","value":"debug"}]
  $ sleep 5
  $ kubectl exec web -c tools -- printenv MODE
  debug
  $ echo '{"image": "alpine"}' > bad.json
  $ kubectl debug web --image=busybox --profile=general --custom=bad.json
  error: name, command, image, lifecycle and volume devices are not modifiable via custom profile
  $ echo '[1]' > list.json
  $ kubectl debug web --image=busybox --profile=general --custom=list.json
  error: list.json does not contain a valid container spec: error unmarshaling JSON: while decoding JSON: json: cannot unmarshal array into Go value of type v1.Container
  $ kubectl debug web --image=busybox --profile=general --custom=missing.json
  error: must pass a container spec json file for custom profile: open missing.json: no such file or directory
