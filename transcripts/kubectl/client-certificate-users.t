A user whose certificate the cluster CA signed, as in the Kubernetes docs' "normal user" task:
a key and a certificate request made with openssl (CN=jane, O=developers), sent as a
CertificateSigningRequest for the kube-apiserver-client signer, approved, and the issued
certificate put in the kubeconfig with its key. The apiserver's x509 authenticator takes the
user from the certificate's common name and the groups from its organizations, and RBAC
decides what jane may do; `auth whoami` shows the certificate's SHA-256 as the credential.
  $ cat > jane.key <<EOF
  > -----BEGIN PRIVATE KEY-----
  > MIIEvAIBADANBgkqhkiG9w0BAQEFAASCBKYwggSiAgEAAoIBAQCoWXoN1Lez9uSO
  > hNoyvTeXCJqQWcJsAQp5jGO6rgVQXOGrAK2jMjJk1/am6owWH3mMqsLDMyCfuR6h
  > oRQsFGqHKSW8W8Dbp8T9f+YUArZPEb3TBVt9zZcpbsO2Zfg6MshPcuvNUDyv42xA
  > HTa/EjlMDlQ86cp1mZDxyhskykxAr4gRUDtttP0X5rITwxF4GU4ZSu/w0x4oqphD
  > mYeHRWYe92uYACdhS+u1MJ3sEx3VzkwlWRHeNY6X1O/Na5Osvu4j49RjiMprHljx
  > EPcyIJtOV2tV/f9/He3ZA8ST73Rt1Memu/qUOST/bplfkQ33wt8Cp30f+oAkuXDW
  > EzjyYl4bAgMBAAECggEAFeTFDcVrOplSMgKvCcg30YmJ6Fn0Ae3Euff7BE0bXc8m
  > fgGxkza0/Q5lAmIgY8QmH5gZih89D+iYRjbXk7/39qnwQWXBWA+ie8FFX7bWlMPe
  > 5vGca2jwTrAb/b2XIaJ3EHYGmoXjzpAKBPCHrSOmlfCLHfzdmpulEPzSuN8iOYsk
  > QXUEQahQtouqVoANspBHnkhLnr+uoARHDTfrXZj5DQRABTDZ2TSNHHKQKQPrty1E
  > zoasbC1p25505VTF9XMr0eqLQwpA0AkD2Yh38+HVKzHDBBEZz8ZBDdv3psBqBLBo
  > Tu/vl3vXo/XgRXnXhTg3DWrWlf26WjbzQ2Jdq6FwqQKBgQDgscPa2a3CXAHJRWl7
  > UboQkPqxMl8wEsrgyYLjxn47YKTsmGqdnaFcyForEyFtu93T0c9yOw8bqALLF5XC
  > BrUMhj2SBr9rUBxdiDP4EHIXBYGpiHEutgr2WWxwt4kbVJf31RLLFS+7bQuHnW4F
  > 08bB+UrMjQmcR++4bwwuw8ht3wKBgQC/zgtCbncxoxpRTDDKi3mjCdzoico+SqaV
  > 4Z/rGptLXP7QSyjV2EJaRXwcalkFZtU6P08GL5rt0Ism6MlvbEZWH9DvgSzbPLa2
  > 4VRgaKoCfxzgeaer9vAKJcgfEMBQWtqu29X74ZK0dVs5EL0WpXMUTplkpaybapxS
  > LbqviElfRQKBgGhl7+wVS8iMW0AbAiGMHXlpAzGlh9icQqsitbADH8+S3c4YGyFU
  > hg7IAC0XXGbR7QVn7IzUp/Zfn7yhHrHhz+kbziu0+udvd1511D+j1H6hzlbo0D21
  > 024Wqm3MuOV77of19h9pnp3k0oCWQvJuLWEe5QQZW6fDPLxizDRGPy/dAoGADvwJ
  > 5Sa8KSSU6cUKCsjat+INYB1jr3oliZAW7kcl2r1pKty0VACRLnw/NfkY+1MNVX+c
  > rN8LO4kPVfrZwdqzpAbYS93Lo1Ua8S6paN7EaW2E1AStFMI1/pT1DXhBjgWLEB4c
  > mZEF5RNGDS9BloNWej+pvDM1SO8LR2BLNWtwUAECgYAjtThwGzuAc8pPdch4NE7h
  > nokSm+nbWNo29hZ1GDArXlDbBlF36xuMI40y0OSD6pX13drGTvqRAwf0EFiOg6Md
  > 83Y55pHzklOCLOOazhy+Zwd8L91zfhQcQsZswdSvVKeUyDv5qZ/nkEQm8OtLTsJ7
  > 9F+FgevtQih2kkyoUscRmw==
  > -----END PRIVATE KEY-----
  > EOF
  $ cat > jane-csr.yaml <<EOF
  > apiVersion: certificates.k8s.io/v1
  > kind: CertificateSigningRequest
  > metadata:
  >   name: jane
  > spec:
  >   request: LS0tLS1CRUdJTiBDRVJUSUZJQ0FURSBSRVFVRVNULS0tLS0KTUlJQ2FUQ0NBVkVDQVFBd0pERU5NQXNHQTFVRUF3d0VhbUZ1WlRFVE1CRUdBMVVFQ2d3S1pHVjJaV3h2Y0dWeQpjekNDQVNJd0RRWUpLb1pJaHZjTkFRRUJCUUFEZ2dFUEFEQ0NBUW9DZ2dFQkFLaFplZzNVdDdQMjVJNkUyaks5Ck41Y0ltcEJad213QkNubU1ZN3F1QlZCYzRhc0FyYU15TW1UWDlxYnFqQllmZVl5cXdzTXpJSis1SHFHaEZDd1UKYW9jcEpieGJ3TnVueFAxLzVoUUN0azhSdmRNRlczM05seWx1dzdabCtEb3l5RTl5NjgxUVBLL2piRUFkTnI4UwpPVXdPVkR6cHluV1prUEhLR3lUS1RFQ3ZpQkZRTzIyMC9SZm1zaFBERVhnWlRobEs3L0RUSGlpcW1FT1poNGRGClpoNzNhNWdBSjJGTDY3VXduZXdUSGRYT1RDVlpFZDQxanBmVTc4MXJrNnkrN2lQajFHT0l5bXNlV1BFUTl6SWcKbTA1WGExWDkvMzhkN2RrRHhKUHZkRzNVeDZhNytwUTVKUDl1bVYrUkRmZkMzd0tuZlIvNmdDUzVjTllUT1BKaQpYaHNDQXdFQUFhQUFNQTBHQ1NxR1NJYjNEUUVCQ3dVQUE0SUJBUUFIUlVORzI1amdTYnVHakw0WUFvYzRZSWhGCkJHM3dUZjlMdGtiUHhiNGJXcGJ6dklWM0g0dUJSTDBzUElzRkNETXVSUnc0Y3QxZlZtNE00cWl1bGh0aVRPOS8KV3JvQjN5RWdremJ0b0Z4enpheUdLcy9GbWE0K1czRk56OGVZdDlLbWRYdkVHUitxb2RHTlc0bk5UdnFmWS83NwpjbEhiSWE2enoyamhQL3BFNjJGcloxeWlCcmRaRW1CVmFKU1htT25oUE9vWmJ4a0RHdm5CUmlIdVo3WERSWDl4Cmg2cnVGdzNqdHR5NWpaNXBCaG1JZE5lZWkwNzhiYXhPNFpaa201M1ZHZkZuMmM2eUpKczZwZ0g5YVlhYXRSWHMKMk9rU0hKRjA2eExKWjIweURaRXphd0xQakpMdlFLYVJsS1FmRWFFRE9qRVdxN0RsR0VYN0N6WFIxUjVHCi0tLS0tRU5EIENFUlRJRklDQVRFIFJFUVVFU1QtLS0tLQo=
  >   signerName: kubernetes.io/kube-apiserver-client
  >   expirationSeconds: 86400
  >   usages:
  >   - client auth
  > EOF
  $ kubectl apply -f jane-csr.yaml
  certificatesigningrequest.certificates.k8s.io/jane created
  $ kubectl certificate approve jane
  certificatesigningrequest.certificates.k8s.io/jane approved
  $ kubectl get csr jane -o jsonpath='{.status.certificate}' | base64 -d > jane.crt
  $ kubectl config set-credentials jane --client-key=jane.key --client-certificate=jane.crt --embed-certs=true
  User "jane" set.
  $ kubectl config set-context jane --cluster=tk8s --user=jane
  Context "jane" created.
  $ kubectl --context=jane auth whoami
  ATTRIBUTE                                           VALUE
  Username                                            jane
  Groups                                              [developers system:authenticated]
  Extra: authentication.kubernetes.io/credential-id   [X509SHA256=cbc0af4fe703eca75463fb0e294d4311da69086b673744e8e939dc44d1a77363]
  $ kubectl --context=jane get pods
  Error from server (Forbidden): pods is forbidden: User "jane" cannot list resource "pods" in API group "" in the namespace "default"
  $ kubectl --context=jane auth can-i list pods
  no
  $ kubectl --context=jane create deployment web --image=nginx
  error: failed to create deployment: deployments.apps is forbidden: User "jane" cannot create resource "deployments" in API group "apps" in the namespace "default"
The admin grants jane a role in the default namespace; kube-system stays closed to her.
  $ kubectl create role developer --verb=create,get,list,update,delete --resource=pods
  role.rbac.authorization.k8s.io/developer created
  $ kubectl create rolebinding developer-binding-jane --role=developer --user=jane
  rolebinding.rbac.authorization.k8s.io/developer-binding-jane created
  $ kubectl --context=jane auth can-i list pods
  yes
  $ kubectl --context=jane get pods
  NAME    READY   STATUS    RESTARTS   AGE
  goweb   1/1     Running   0          95m
  $ kubectl --context=jane get pods -n kube-system
  Error from server (Forbidden): pods is forbidden: User "jane" cannot list resource "pods" in API group "" in the namespace "kube-system"
  $ kubectl --context=jane auth can-i --list | head -3
  Resources                                       Non-Resource URLs   Resource Names   Verbs
  pods                                            []                  []               [create get list update delete]
  selfsubjectreviews.authentication.k8s.io        []                  []               [create]
Without --embed-certs the kubeconfig names the files (relative to its own directory only when
they are inside it; config view shows them absolute), and kubectl reads them for every command. Global --client-certificate and --client-key replace
the user's own, from the working directory.
  $ kubectl config set-credentials bob --client-certificate=jane.crt --client-key=jane.key
  User "bob" set.
  $ kubectl config view -o jsonpath='{.users[?(@.name=="bob")]}{"\n"}'
  {"name":"bob","user":{"client-certificate":"/home/bigred/jane.crt","client-key":"/home/bigred/jane.key"}}
  $ kubectl --user=bob auth whoami -o jsonpath='{.status.userInfo.username}{"\n"}'
  jane
  $ kubectl --user=bob --client-key=nope.key get pods
  error: unable to read client-key nope.key for bob due to open nope.key: no such file or directory
  $ rm jane.crt
  $ kubectl --user=bob --client-key=nope.key get pods
  Error in configuration: 
  * unable to read client-cert /home/bigred/jane.crt for bob due to open /home/bigred/jane.crt: no such file or directory
  * unable to read client-key nope.key for bob due to open nope.key: no such file or directory
Embedded data that does not pair up fails the command: a key of another kind, no key at all,
a request where the key should be.
  $ cat > other.key <<EOF
  > -----BEGIN EC PRIVATE KEY-----
  > MHcCAQEEICt4V5ULCxfkpshj/6qv8ceDmveU/FwwXcXO5LgQ4O2WoAoGCCqGSM49
  > AwEHoUQDQgAEy2NK9l2dKjME6co/7txmGQ0rIbrh3DKYxGfZBsiRnL1kNwN8+6jy
  > azLgmYeO7+qCCfUTeq8Yn/Q1e20EvbRClA==
  > -----END EC PRIVATE KEY-----
  > EOF
  $ kubectl config set-credentials jane --client-key=other.key --embed-certs
  User "jane" set.
  $ kubectl --context=jane get pods
  error: tls: private key type does not match public key type
  $ kubectl config set-credentials jane --client-key=jane-csr.yaml --embed-certs
  User "jane" set.
  $ kubectl --context=jane get pods
  error: tls: failed to find any PEM data in key input
  $ kubectl config unset users.jane.client-key-data
  Property "users.jane.client-key-data" unset.
  $ kubectl --context=jane get pods
  error: client-key-data or client-key must be specified for jane to use the clientCert authentication method.
set-credentials checks what it is to embed before it writes anything.
  $ kubectl config set-credentials jane --embed-certs
  error: you must specify a --client-certificate or --client-key to embed
  $ kubectl config set-credentials jane --client-key=nope.key --embed-certs
  error: could not stat client-key file nope.key: stat nope.key: no such file or directory
The certificate lasts the 24 hours the request asked for (less the five minutes it was
backdated); after that the apiserver turns it away.
  $ kubectl config set-credentials jane --client-key=jane.key --embed-certs
  User "jane" set.
  $ kubectl --context=jane get pods -o name
  pod/goweb
  $ sleep 86101
  $ kubectl --context=jane get pods
  error: You must be logged in to the server (Unauthorized)
