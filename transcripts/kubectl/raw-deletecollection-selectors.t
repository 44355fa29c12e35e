kubectl delete --raw of a collection honours the labelSelector and fieldSelector query
parameters as a list does: only what they select is deleted and listed in the answer, and a
selector the apiserver cannot parse or a field it cannot select by is a bad request, with
nothing deleted.
  $ kubectl create cm red --from-literal=k=v
  configmap/red created
  $ kubectl create cm blue --from-literal=k=v
  configmap/blue created
  $ kubectl create cm green --from-literal=k=v
  configmap/green created
  $ kubectl label cm red blue tone=warm
  configmap/red labeled
  configmap/blue labeled
  $ kubectl label cm blue tone=cool --overwrite
  configmap/blue labeled
  $ kubectl delete --raw '/api/v1/namespaces/default/configmaps?labelSelector=tone%3Dwarm' | jq -r '.items[].metadata.name'
  red
  $ kubectl delete --raw '/api/v1/namespaces/default/configmaps?fieldSelector=metadata.name%3Dgreen' | jq -r '.items[].metadata.name'
  green
  $ kubectl get cm
  NAME               DATA   AGE
  blue               1      0s
  kube-root-ca.crt   1      46h
  $ kubectl delete --raw '/api/v1/namespaces/default/configmaps?labelSelector=tone%3D%3D%3Dx'
  Error from server (BadRequest): unable to parse requirement: found '=', expected: identifier
  $ kubectl delete --raw '/api/v1/namespaces/default/configmaps?fieldSelector=data.k%3Dv'
  Error from server (BadRequest): "data.k" is not a known field selector: only "metadata.name", "metadata.namespace"
  $ kubectl delete --raw '/api/v1/namespaces/default/configmaps?labelSelector=tone+in+(cool,hot)' | jq -r '.items[].metadata.name'
  blue
  $ kubectl get cm
  NAME               DATA   AGE
  kube-root-ca.crt   1      46h
