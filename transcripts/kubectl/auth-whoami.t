kubectl auth whoami: the apiserver's SelfSubjectReview says who it takes the caller to be. The
admin kubeconfig's user is named by its client certificate, whose SHA-256 the x509 authenticator
adds as its credential ID; an impersonated user has the groups impersonation gives it.
  $ kubectl auth whoami
  ATTRIBUTE                                           VALUE
  Username                                            kubernetes-admin
  Groups                                              [kubeadm:cluster-admins system:authenticated]
  Extra: authentication.kubernetes.io/credential-id   [X509SHA256=3af0d108880036bae3fb615d9ae740724866333446c3ecd37f885db91e826af1]
  $ kubectl auth whoami -o yaml
  apiVersion: authentication.k8s.io/v1
  kind: SelfSubjectReview
  metadata:
    creationTimestamp: "2025-04-23T07:25:00Z"
  status:
    userInfo:
      extra:
        authentication.kubernetes.io/credential-id:
        - X509SHA256=3af0d108880036bae3fb615d9ae740724866333446c3ecd37f885db91e826af1
      groups:
      - kubeadm:cluster-admins
      - system:authenticated
      username: kubernetes-admin
  $ kubectl auth whoami -o jsonpath='{.status.userInfo.username}{"\n"}'
  kubernetes-admin
  $ kubectl config view --raw -o jsonpath='{.users[0].user.client-certificate-data}' | base64 -d | head -1
  -----BEGIN CERTIFICATE-----
  $ kubectl auth whoami --as=system:serviceaccount:kube-system:coredns
  ATTRIBUTE   VALUE
  Username    system:serviceaccount:kube-system:coredns
  Groups      [system:serviceaccounts system:serviceaccounts:kube-system system:authenticated]
  $ kubectl auth whoami --as=jane --as-group=devs -o json
  {
      "kind": "SelfSubjectReview",
      "apiVersion": "authentication.k8s.io/v1",
      "metadata": {
          "creationTimestamp": "2025-04-23T07:25:00Z"
      },
      "status": {
          "userInfo": {
              "username": "jane",
              "groups": [
                  "devs",
                  "system:authenticated"
              ]
          }
      }
  }
  $ kubectl auth whoami --as=system:anonymous
  error: the selfsubjectreviews API is not enabled in the cluster or you do not have permission to call it
  $ kubectl auth whoami -o wide
  error: unable to match a printer suitable for the output format "wide", allowed formats are: go-template,go-template-file,json,jsonpath,jsonpath-as-json,jsonpath-file,name,template,templatefile,yaml
