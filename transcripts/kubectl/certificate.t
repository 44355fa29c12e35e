kubectl certificate approves or denies CertificateSigningRequests through their approval
subresource. As in the Kubernetes docs' "normal user" task: a request made with openssl
(CN=myuser, base64 of the PEM) for the kube-apiserver-client signer, approved by the admin;
kube-controller-manager's signer then issues the certificate (Approved,Issued).
  $ cat > myuser-csr.yaml <<EOF
  > apiVersion: certificates.k8s.io/v1
  > kind: CertificateSigningRequest
  > metadata:
  >   name: myuser
  > spec:
  >   request: LS0tLS1CRUdJTiBDRVJUSUZJQ0FURSBSRVFVRVNULS0tLS0KTUlJQ1ZqQ0NBVDRDQVFBd0VURVBNQTBHQTFVRUF3d0diWGwxYzJWeU1JSUJJakFOQmdrcWhraUc5dzBCQVFFRgpBQU9DQVE4QU1JSUJDZ0tDQVFFQXp4RngzSFpMTFRzZ1VwL2tlanlXMVp1TnJmWjJoK1Jna09WSjgzS2hVejMvCjhGd2kxZUVTR1dwRVBIOVN0S2hOdUx2T2U0dDBza1ZWb0I2WEtpWUJhVFhuZ1crNE42N2NrQ2U1RnVldUFMWXYKN0ZoUVM4NHcvZjAveHZua2ZNNE1mOEs2MDJvVGkvWitPOWNPeUI2U2ppZ2tHTEszNjJGRGFWNW5xNkVmRVkxTgpwb2prbkZTdkhoRWFFTU9YQjBxaFcyWXRxR0hOYnkyQkJKUlBCYjBnY1RZQldCazlsWFRaM1JyeGp4eHNpSmRyCkVZUmZZQXZLc2xKODNKRWtMNXdydUdjTHdpQXZ0WURZMlo1YU9jRHU3aXFvcFJLU1ZwYmhGSVVoZ3J6MUJYdmQKellScEFoQmlDTjZaeEw0cTlqUUZOMlBJdWRyM0FNT0lvLzY4RjdkRTFRSURBUUFCb0FBd0RRWUpLb1pJaHZjTgpBUUVMQlFBRGdnRUJBR1ZoTDdiZmZXNG9DWVBrMnpxdGxqaDRmMzBBRFF5bUxWZm1obWdPblV0LzBSM0x6MjYvCmZSS1ZycHdJNWpXbGdURkdNVzZCUXVxZ1puWDZ6QUVGclg5TTFjazdMenRReTNoZHE1RmNGL1R5dEVHSGttNVYKUUszaEpUZy9QMFdhbjNqeHExZ0ZaVERaREx2NE9lSUhvTlM5b1l6Q0gyQjlzSk8rcm5KUkxmLytPcGp6a1c0QQpoYld6L1dQK2hzZW14cktFOEl3VlZrN2ovaHQ4NzJRN2tYNStyR2cyK0FscjZjOFU1ZkNiQ2o3OFQzMjBlbithCmo0Y3dneStMQXMvQStEVzl0c1QzOG1rTDlqemRjbTJ4cStTbm1jVXlNcFB1blV4TStsT2ZkWWxyTDdsaVkyVjcKRGhTQ2dRODJ6NzhFbUdMbHQvZmdHSjdNdnpDYlBLbFpmam89Ci0tLS0tRU5EIENFUlRJRklDQVRFIFJFUVVFU1QtLS0tLQo=
  >   signerName: kubernetes.io/kube-apiserver-client
  >   expirationSeconds: 86400
  >   usages:
  >   - client auth
  > EOF
  $ kubectl apply -f myuser-csr.yaml
  certificatesigningrequest.certificates.k8s.io/myuser created
  $ kubectl get csr
  NAME     AGE   SIGNERNAME                            REQUESTOR          REQUESTEDDURATION   CONDITION
  myuser   0s    kubernetes.io/kube-apiserver-client   kubernetes-admin   24h                 Pending
  $ kubectl certificate approve myuser
  certificatesigningrequest.certificates.k8s.io/myuser approved
  $ kubectl get csr
  NAME     AGE   SIGNERNAME                            REQUESTOR          REQUESTEDDURATION   CONDITION
  myuser   0s    kubernetes.io/kube-apiserver-client   kubernetes-admin   24h                 Approved,Issued
describe reads the request itself: its subject and alternative names. Its labels and
annotations are one line each, k=v joined by commas (the last-applied JSON ends in a newline).
  $ kubectl describe csr myuser
  Name:         myuser
  Labels:       <none>
  Annotations:  kubectl.kubernetes.io/last-applied-configuration={"apiVersion":"certificates.k8s.io/v1","kind":"CertificateSigningRequest","metadata":{"annotations":{},"name":"myuser"},"spec":{"expirationSeconds":86400,"request":"LS0tLS1CRUdJTiBDRVJUSUZJQ0FURSBSRVFVRVNULS0tLS0KTUlJQ1ZqQ0NBVDRDQVFBd0VURVBNQTBHQTFVRUF3d0diWGwxYzJWeU1JSUJJakFOQmdrcWhraUc5dzBCQVFFRgpBQU9DQVE4QU1JSUJDZ0tDQVFFQXp4RngzSFpMTFRzZ1VwL2tlanlXMVp1TnJmWjJoK1Jna09WSjgzS2hVejMvCjhGd2kxZUVTR1dwRVBIOVN0S2hOdUx2T2U0dDBza1ZWb0I2WEtpWUJhVFhuZ1crNE42N2NrQ2U1RnVldUFMWXYKN0ZoUVM4NHcvZjAveHZua2ZNNE1mOEs2MDJvVGkvWitPOWNPeUI2U2ppZ2tHTEszNjJGRGFWNW5xNkVmRVkxTgpwb2prbkZTdkhoRWFFTU9YQjBxaFcyWXRxR0hOYnkyQkJKUlBCYjBnY1RZQldCazlsWFRaM1JyeGp4eHNpSmRyCkVZUmZZQXZLc2xKODNKRWtMNXdydUdjTHdpQXZ0WURZMlo1YU9jRHU3aXFvcFJLU1ZwYmhGSVVoZ3J6MUJYdmQKellScEFoQmlDTjZaeEw0cTlqUUZOMlBJdWRyM0FNT0lvLzY4RjdkRTFRSURBUUFCb0FBd0RRWUpLb1pJaHZjTgpBUUVMQlFBRGdnRUJBR1ZoTDdiZmZXNG9DWVBrMnpxdGxqaDRmMzBBRFF5bUxWZm1obWdPblV0LzBSM0x6MjYvCmZSS1ZycHdJNWpXbGdURkdNVzZCUXVxZ1puWDZ6QUVGclg5TTFjazdMenRReTNoZHE1RmNGL1R5dEVHSGttNVYKUUszaEpUZy9QMFdhbjNqeHExZ0ZaVERaREx2NE9lSUhvTlM5b1l6Q0gyQjlzSk8rcm5KUkxmLytPcGp6a1c0QQpoYld6L1dQK2hzZW14cktFOEl3VlZrN2ovaHQ4NzJRN2tYNStyR2cyK0FscjZjOFU1ZkNiQ2o3OFQzMjBlbithCmo0Y3dneStMQXMvQStEVzl0c1QzOG1rTDlqemRjbTJ4cStTbm1jVXlNcFB1blV4TStsT2ZkWWxyTDdsaVkyVjcKRGhTQ2dRODJ6NzhFbUdMbHQvZmdHSjdNdnpDYlBLbFpmam89Ci0tLS0tRU5EIENFUlRJRklDQVRFIFJFUVVFU1QtLS0tLQo=","signerName":"kubernetes.io/kube-apiserver-client","usages":["client auth"]}}
  
  CreationTimestamp:   Wed, 23 Apr 2025 07:25:00 +0000
  Requesting User:     kubernetes-admin
  Signer:              kubernetes.io/kube-apiserver-client
  Requested Duration:  24h
  Status:              Approved,Issued
  Subject:
           Common Name:    myuser
           Serial Number:  
  Events:  <none>
  $ kubectl get csr myuser -o jsonpath='{.status.conditions}'
  [{"lastTransitionTime":"2025-04-23T07:25:00Z","lastUpdateTime":"2025-04-23T07:25:00Z","message":"This CSR was approved by kubectl certificate approve.","reason":"KubectlApprove","status":"True","type":"Approved"}] (no-eol)
  $ kubectl get csr myuser -o jsonpath='{.status.certificate}' | base64 -d
  -----BEGIN CERTIFICATE-----
  MIIC9jCCAd6gAwIBAgIQGZqL1hfzBbLj0Dldo3vBsjANBgkqhkiG9w0BAQsFADAV
  MRMwEQYDVQQDDAprdWJlcm5ldGVzMB4XDTI1MDQyMzA3MjAwMFoXDTI1MDQyNDA3
  MjAwMFowETEPMA0GA1UEAwwGbXl1c2VyMIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8A
  MIIBCgKCAQEAzxFx3HZLLTsgUp/kejyW1ZuNrfZ2h+RgkOVJ83KhUz3/8Fwi1eES
  GWpEPH9StKhNuLvOe4t0skVVoB6XKiYBaTXngW+4N67ckCe5FueuALYv7FhQS84w
  /f0/xvnkfM4Mf8K602oTi/Z+O9cOyB6SjigkGLK362FDaV5nq6EfEY1NpojknFSv
  HhEaEMOXB0qhW2YtqGHNby2BBJRPBb0gcTYBWBk9lXTZ3RrxjxxsiJdrEYRfYAvK
  slJ83JEkL5wruGcLwiAvtYDY2Z5aOcDu7iqopRKSVpbhFIUhgrz1BXvdzYRpAhBi
  CN6ZxL4q9jQFN2PIudr3AMOIo/68F7dE1QIDAQABo0YwRDATBgNVHSUEDDAKBggr
  BgEFBQcDAjAMBgNVHRMBAf8EAjAAMB8GA1UdIwQYMBaAFP5Rd0YWonHHi8pg/EKd
  rPptjKSFMA0GCSqGSIb3DQEBCwUAA4IBAQAfd2cBWVAP1uh1HWZVfVxEOYT6qbhS
  ZwduYCkyWlrScZVQ35NKrJ6G98x9cmUOBMhuV6seyZlGV9NSBbIZS53t4beIzF6h
  qnYHLbmt0IGDDEZRT+xb2TbGh4u4IBvLbZ/m/NlGN7lU08Glqy87y8c8zgHuvtvC
  3SIS9l6oXagTv3F76yHPW61/HQXLeOZji4yPYdyijJt03kdtoWdi/1dfxEfnWEmf
  Q4J9uStJnlVvyCtctK1F2SJbV9L9eTgXPVOVaID2+GL9KrLRH+2rNLVczlzVOo4N
  r9u3c1r032yJnzunfqNC6ltarOiozvkYxbglBU7ueb4diHLwqbuDBgar
  -----END CERTIFICATE-----
Approving again changes nothing and says so the same way; --force sends the unchanged
conditions anyway. Denying an approved request is kubectl's own error, --force or not.
  $ kubectl certificate approve myuser
  certificatesigningrequest.certificates.k8s.io/myuser approved
  $ kubectl certificate approve csr/myuser --force
  certificatesigningrequest.certificates.k8s.io/myuser approved
  $ kubectl certificate deny myuser
  error: certificate signing request "myuser" is already Approved
  $ kubectl certificate deny -f myuser-csr.yaml --force
  error: certificate signing request "myuser" is already Approved
  $ kubectl certificate approve -f myuser-csr.yaml -o name
  certificatesigningrequest.certificates.k8s.io/myuser
A kubelet serving request (organization system:nodes, a DNS and an IP name) is denied; -o
prints the request as kubectl read it, before the decision. A denied request stays Denied
and gets no certificate; approving it is refused.
  $ cat <<EOF | kubectl create -f -
  > apiVersion: certificates.k8s.io/v1
  > kind: CertificateSigningRequest
  > metadata:
  >   name: node-serving
  > spec:
  >   request: LS0tLS1CRUdJTiBDRVJUSUZJQ0FURSBSRVFVRVNULS0tLS0KTUlJQ3J6Q0NBWmNDQVFBd09qRVZNQk1HQTFVRUNnd01jM2x6ZEdWdE9tNXZaR1Z6TVNFd0h3WURWUVFEREJoegplWE4wWlcwNmJtOWtaVHAwYXpoekxYZHZjbXRsY2pFd2dnRWlNQTBHQ1NxR1NJYjNEUUVCQVFVQUE0SUJEd0F3CmdnRUtBb0lCQVFEQjE2SGdMTVhoR3NxMEhaMEFUbmowSXllUU42clBIMldDTWJTSmlsYkdCUFpaaWxxbGZJTzQKR21GZ1hrS1FVRmpuWGxNeFJGbWZRRExFYVRkSzNLS2pCVGJRSEc4UTE4TU00ZVNLTXJER3c5c25zUm0wUjU0awp5eVJBMVlMU3FUSmxlUzhGV3lvVEZWaHhUd25TMVYrb2g1Yjh6MlBNbWxFdGprQXdROGpGb2pOcXMyRFpZL1RCCkkxNkpjNldMT0ZyRytwVU0vajBoSG5CVmtTYm5GTTQyUEJTd3FIbDlZS25zd0drbDNxMjZNSy8wd25WanF0LzIKNVlMVi9SRUgzdGhVZC9xUUtaMGlMTWZMb3VST1U5MXNhOWRVbUlpWEhOWWQ5R1pFRHk2emV3WGovRm5vQ3RpSApmZHI1cjVMWEx1VkRRQ3d5WkNyaGtpdGxveEFpU2FBSEFnTUJBQUdnTURBdUJna3Foa2lHOXcwQkNRNHhJVEFmCk1CMEdBMVVkRVFRV01CU0NESFJyT0hNdGQyOXlhMlZ5TVljRXJCWUFBakFOQmdrcWhraUc5dzBCQVFzRkFBT0MKQVFFQWF6dWhoZUl3YmFFWS9RbGtVa1Q3QTJ1OENKVGxaWnBTRml2ZitKWTZ1NldobDUwLzMvUmMzT21Vem0yOApBZW5ueWtNY25pblhOUTVFbXVoamdaZjBEajJOamhRUHlqQnFBNisxcUdTdVJuY0YyL3pCeGJrSFFaMnBWMngzCkpGV2RzajgxbW1kM044cDJxcXloandOTjlBYW4ydTlDbGRKV3MwdHlGcWlCdXJlbXhhQVJTU1N3c240TnlZZTIKczFOTnl1OWxsaDNIUVd1OVRwVHE5aEFwMmtQTjltdElObFJUYjZqQStzN3d0dFpkM1ZHWXUzTGRDTHcrWElTUgpUdVdqcTNONHFCaUNrdG52cXUxUWNBT1NXaDA5bi9CZG5VaDBqWkp1Rnl3VTZzT0Z1WUl5Z0EvRXl3cjVnd1FyCjVYRWJqRS8vcFBhYzlzTVRxRTVuTXpkUGFBPT0KLS0tLS1FTkQgQ0VSVElGSUNBVEUgUkVRVUVTVC0tLS0tCg==
  >   signerName: kubernetes.io/kubelet-serving
  >   usages: [digital signature, key encipherment, server auth]
  > EOF
  certificatesigningrequest.certificates.k8s.io/node-serving created
  $ kubectl certificate deny node-serving -o jsonpath='{.metadata.name} {.status}{"\n"}'
  node-serving {}
  $ kubectl certificate approve node-serving
  error: certificate signing request "node-serving" is already Denied
  $ kubectl get csr node-serving
  NAME           AGE   SIGNERNAME                      REQUESTOR          REQUESTEDDURATION   CONDITION
  node-serving   0s    kubernetes.io/kubelet-serving   kubernetes-admin   <none>              Denied
  $ kubectl describe csr/node-serving
  Name:               node-serving
  Labels:             <none>
  Annotations:        <none>
  CreationTimestamp:  Wed, 23 Apr 2025 07:25:00 +0000
  Requesting User:    kubernetes-admin
  Signer:             kubernetes.io/kubelet-serving
  Status:             Denied
  Subject:
    Common Name:    system:node:tk8s-worker1
    Serial Number:  
    Organization:   system:nodes
  Subject Alternative Names:
           DNS Names:     tk8s-worker1
           IP Addresses:  172.22.0.2
  Events:  <none>
A request for a signer kube-controller-manager does not sign stays Approved; one whose
usages its signer refuses is marked Failed.
  $ cat <<EOF | kubectl create -f -
  > apiVersion: certificates.k8s.io/v1
  > kind: CertificateSigningRequest
  > metadata:
  >   name: other-signer
  > spec:
  >   request: LS0tLS1CRUdJTiBDRVJUSUZJQ0FURSBSRVFVRVNULS0tLS0KTUlJQ1ZqQ0NBVDRDQVFBd0VURVBNQTBHQTFVRUF3d0diWGwxYzJWeU1JSUJJakFOQmdrcWhraUc5dzBCQVFFRgpBQU9DQVE4QU1JSUJDZ0tDQVFFQXp4RngzSFpMTFRzZ1VwL2tlanlXMVp1TnJmWjJoK1Jna09WSjgzS2hVejMvCjhGd2kxZUVTR1dwRVBIOVN0S2hOdUx2T2U0dDBza1ZWb0I2WEtpWUJhVFhuZ1crNE42N2NrQ2U1RnVldUFMWXYKN0ZoUVM4NHcvZjAveHZua2ZNNE1mOEs2MDJvVGkvWitPOWNPeUI2U2ppZ2tHTEszNjJGRGFWNW5xNkVmRVkxTgpwb2prbkZTdkhoRWFFTU9YQjBxaFcyWXRxR0hOYnkyQkJKUlBCYjBnY1RZQldCazlsWFRaM1JyeGp4eHNpSmRyCkVZUmZZQXZLc2xKODNKRWtMNXdydUdjTHdpQXZ0WURZMlo1YU9jRHU3aXFvcFJLU1ZwYmhGSVVoZ3J6MUJYdmQKellScEFoQmlDTjZaeEw0cTlqUUZOMlBJdWRyM0FNT0lvLzY4RjdkRTFRSURBUUFCb0FBd0RRWUpLb1pJaHZjTgpBUUVMQlFBRGdnRUJBR1ZoTDdiZmZXNG9DWVBrMnpxdGxqaDRmMzBBRFF5bUxWZm1obWdPblV0LzBSM0x6MjYvCmZSS1ZycHdJNWpXbGdURkdNVzZCUXVxZ1puWDZ6QUVGclg5TTFjazdMenRReTNoZHE1RmNGL1R5dEVHSGttNVYKUUszaEpUZy9QMFdhbjNqeHExZ0ZaVERaREx2NE9lSUhvTlM5b1l6Q0gyQjlzSk8rcm5KUkxmLytPcGp6a1c0QQpoYld6L1dQK2hzZW14cktFOEl3VlZrN2ovaHQ4NzJRN2tYNStyR2cyK0FscjZjOFU1ZkNiQ2o3OFQzMjBlbithCmo0Y3dneStMQXMvQStEVzl0c1QzOG1rTDlqemRjbTJ4cStTbm1jVXlNcFB1blV4TStsT2ZkWWxyTDdsaVkyVjcKRGhTQ2dRODJ6NzhFbUdMbHQvZmdHSjdNdnpDYlBLbFpmam89Ci0tLS0tRU5EIENFUlRJRklDQVRFIFJFUVVFU1QtLS0tLQo=
  >   signerName: example.com/custom
  >   usages: [client auth]
  > ---
  > apiVersion: certificates.k8s.io/v1
  > kind: CertificateSigningRequest
  > metadata:
  >   name: server-usage
  > spec:
  >   request: LS0tLS1CRUdJTiBDRVJUSUZJQ0FURSBSRVFVRVNULS0tLS0KTUlJQ1ZqQ0NBVDRDQVFBd0VURVBNQTBHQTFVRUF3d0diWGwxYzJWeU1JSUJJakFOQmdrcWhraUc5dzBCQVFFRgpBQU9DQVE4QU1JSUJDZ0tDQVFFQXp4RngzSFpMTFRzZ1VwL2tlanlXMVp1TnJmWjJoK1Jna09WSjgzS2hVejMvCjhGd2kxZUVTR1dwRVBIOVN0S2hOdUx2T2U0dDBza1ZWb0I2WEtpWUJhVFhuZ1crNE42N2NrQ2U1RnVldUFMWXYKN0ZoUVM4NHcvZjAveHZua2ZNNE1mOEs2MDJvVGkvWitPOWNPeUI2U2ppZ2tHTEszNjJGRGFWNW5xNkVmRVkxTgpwb2prbkZTdkhoRWFFTU9YQjBxaFcyWXRxR0hOYnkyQkJKUlBCYjBnY1RZQldCazlsWFRaM1JyeGp4eHNpSmRyCkVZUmZZQXZLc2xKODNKRWtMNXdydUdjTHdpQXZ0WURZMlo1YU9jRHU3aXFvcFJLU1ZwYmhGSVVoZ3J6MUJYdmQKellScEFoQmlDTjZaeEw0cTlqUUZOMlBJdWRyM0FNT0lvLzY4RjdkRTFRSURBUUFCb0FBd0RRWUpLb1pJaHZjTgpBUUVMQlFBRGdnRUJBR1ZoTDdiZmZXNG9DWVBrMnpxdGxqaDRmMzBBRFF5bUxWZm1obWdPblV0LzBSM0x6MjYvCmZSS1ZycHdJNWpXbGdURkdNVzZCUXVxZ1puWDZ6QUVGclg5TTFjazdMenRReTNoZHE1RmNGL1R5dEVHSGttNVYKUUszaEpUZy9QMFdhbjNqeHExZ0ZaVERaREx2NE9lSUhvTlM5b1l6Q0gyQjlzSk8rcm5KUkxmLytPcGp6a1c0QQpoYld6L1dQK2hzZW14cktFOEl3VlZrN2ovaHQ4NzJRN2tYNStyR2cyK0FscjZjOFU1ZkNiQ2o3OFQzMjBlbithCmo0Y3dneStMQXMvQStEVzl0c1QzOG1rTDlqemRjbTJ4cStTbm1jVXlNcFB1blV4TStsT2ZkWWxyTDdsaVkyVjcKRGhTQ2dRODJ6NzhFbUdMbHQvZmdHSjdNdnpDYlBLbFpmam89Ci0tLS0tRU5EIENFUlRJRklDQVRFIFJFUVVFU1QtLS0tLQo=
  >   signerName: kubernetes.io/kube-apiserver-client
  >   usages: [server auth]
  > EOF
  certificatesigningrequest.certificates.k8s.io/other-signer created
  certificatesigningrequest.certificates.k8s.io/server-usage created
  $ kubectl certificate approve other-signer server-usage
  certificatesigningrequest.certificates.k8s.io/other-signer approved
  certificatesigningrequest.certificates.k8s.io/server-usage approved
  $ kubectl get csr other-signer server-usage
  NAME           AGE   SIGNERNAME                            REQUESTOR          REQUESTEDDURATION   CONDITION
  other-signer   0s    example.com/custom                    kubernetes-admin   <none>              Approved
  server-usage   0s    kubernetes.io/kube-apiserver-client   kubernetes-admin   <none>              Approved,Failed
  $ kubectl get csr server-usage -o jsonpath='{.status.conditions[1].message}{"\n"}'
  invalid usage for client certificate: server auth
Errors: no request named, one that does not exist (the others are still done), a name with
two slashes, names with -f, an empty manifest (nothing found, not an error), another kind, an
output format kubectl cannot print. The admin may use the approval subresource.
  $ kubectl certificate approve
  error: one or more CSRs must be specified as <name> or -f <filename>
  $ kubectl certificate deny nope other-signer
  Error from server (NotFound): certificatesigningrequests.certificates.k8s.io "nope" not found
  certificate signing request "other-signer" is already Approved
  $ kubectl certificate approve a/b/c
  error: arguments in resource/name form may not have more than one slash
  $ kubectl certificate approve -f myuser-csr.yaml myuser
  error: resource/name arguments cannot be provided when a path is specified
  $ touch empty.yaml
  $ kubectl certificate approve -f empty.yaml
  No resources found
  $ kubectl certificate approve node/tk8s-worker1
  error: can only handle CertificateSigningRequest.certificates.k8s.io objects, got Node
  $ kubectl certificate approve myuser -o wide
  error: unable to match a printer suitable for the output format "wide", allowed formats are: go-template,go-template-file,json,jsonpath,jsonpath-as-json,jsonpath-file,name,template,templatefile,yaml
  $ kubectl certificate deny --bogus myuser
  error: unknown flag: --bogus
  See 'kubectl certificate deny --help' for usage.
  $ kubectl auth can-i update certificatesigningrequests --subresource=approval
  yes
The v1 API refuses requests without usages or with unknown ones, the legacy-unknown signer,
and durations under ten minutes.
  $ cat <<EOF | kubectl create -f -
  > apiVersion: certificates.k8s.io/v1
  > kind: CertificateSigningRequest
  > metadata:
  >   name: bad
  > spec:
  >   request: ""
  >   signerName: kubernetes.io/legacy-unknown
  >   expirationSeconds: 300
  >   usages: [client auth, bogus, client auth]
  > EOF
  The CertificateSigningRequest "bad" is invalid: 
  * spec.request: Invalid value: []byte{}: PEM block type must be CERTIFICATE REQUEST
  * spec.usages[1]: Unsupported value: "bogus": supported values: "any", "cert sign", "client auth", "code signing", "content commitment", "crl sign", "data encipherment", "decipher only", "digital signature", "email protection", "encipher only", "ipsec end system", "ipsec tunnel", "ipsec user", "key agreement", "key encipherment", "microsoft sgc", "netscape sgc", "ocsp signing", "s/mime", "server auth", "signing", "timestamping"
  * spec.usages[2]: Duplicate value: "client auth"
  * spec.signerName: Invalid value: "kubernetes.io/legacy-unknown": the legacy signerName is not allowed via this API version
  * spec.expirationSeconds: Invalid value: 300: may not specify a duration less than 600 seconds (10 minutes)
  $ kubectl create -f - <<EOF
  > apiVersion: certificates.k8s.io/v1
  > kind: CertificateSigningRequest
  > metadata:
  >   name: bad
  > spec:
  >   request: ""
  >   signerName: nodomain
  > EOF
  The CertificateSigningRequest "bad" is invalid: 
  * spec.request: Invalid value: []byte{}: PEM block type must be CERTIFICATE REQUEST
  * spec.usages: Required value
  * spec.signerName: Invalid value: "nodomain": must be a fully qualified domain and path of the form 'example.com/signer-name'
Without a subcommand, or with one kubectl does not know, it prints its help and succeeds.
  $ kubectl certificate
  Approve or deny certificate signing requests (CSRs).
  
  Available Commands:
    approve       Let the request's signer issue the certificate
    deny          Refuse the request, so no certificate is issued
  
  Usage:
    kubectl certificate SUBCOMMAND [options]
  
  Use "kubectl certificate <command> --help" for more information about a given command.
  Use "kubectl options" for a list of global command-line options (applies to all commands).
  $ kubectl certificate renew
  Approve or deny certificate signing requests (CSRs).
  
  Available Commands:
    approve       Let the request's signer issue the certificate
    deny          Refuse the request, so no certificate is issued
  
  Usage:
    kubectl certificate SUBCOMMAND [options]
  
  Use "kubectl certificate <command> --help" for more information about a given command.
  Use "kubectl options" for a list of global command-line options (applies to all commands).
