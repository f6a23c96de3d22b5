## Códigos SIP 5xx e 6xx.

## 500 Server Internal Error
sip-500-summary = O servidor encontrou uma condição inesperada e não pôde atender à requisição.
sip-500-description = O 500 Server Internal Error diz que o servidor encontrou uma condição inesperada que o impediu de atender à requisição; o cliente pode mostrar a condição ao usuário e pode repetir depois dos segundos indicados no Retry-After (RFC 3261 §21.5.1). Há outros dois usos definidos: um UAS responde 500 com Retry-After a um re-INVITE quando ainda está processando um INVITE anterior que recebeu (RFC 3261 §14.2), e um proxy cuja única resposta é 503 repassa 500 no lugar (RFC 3261 §16.7).
sip-500-cause-1 = Uma falha de software, uma consulta a banco de dados ou a script que falhou, ou um travamento num PABX ou servidor de aplicação ao tratar a requisição (RFC 3261 §21.5.1).
sip-500-cause-2 = Um re-INVITE que chega enquanto o UAS ainda processa um INVITE anterior do mesmo diálogo (RFC 3261 §14.2).
sip-500-cause-3 = Um proxy cujos destinos responderam todos 503: ele converte o 503 em 500 (RFC 3261 §16.7).
sip-500-fix-1 = Leia a frase de motivo e o Warning, depois os logs do próprio servidor no momento da requisição; respeite o Retry-After (RFC 3261 §21.5.1).
sip-500-fix-2 = Se o 500 responde a um re-INVITE com Retry-After, basta repetir depois desse intervalo (RFC 3261 §14.2).
sip-500-myth-1 = O 500 não diz nada sobre a validade da requisição; a mesma requisição pode funcionar em outro servidor (RFC 3261 §21.5.1).
sip-500-next = Tentar outro servidor, ou repetir depois do Retry-After; investigar os logs do servidor.
sip-500-use-when = o servidor falhou inesperadamente ao processar uma requisição válida

## 501 Not Implemented
sip-501-summary = O servidor não implementa de forma alguma o método da requisição.
sip-501-description = O 501 Not Implemented diz que o servidor não suporta a funcionalidade necessária para atender à requisição, ou seja, não reconhece o método para nenhum usuário (RFC 3261 §21.5.2). Compare com o 405, em que o método é conhecido mas não permitido para este endereço (RFC 3261 §8.2.1).
sip-501-cause-1 = Uma requisição com um método que o servidor nunca implementou: UPDATE, PRACK, INFO, MESSAGE, REFER ou PUBLISH para uma pilha antiga ou mínima (RFC 3261 §21.5.2).
sip-501-cause-2 = Um gateway converte as causas ISUP 29 (facilidade rejeitada) ou 79 (serviço não implementado) em 501 (RFC 3398 §7.2.4.1).
sip-501-fix-1 = Veja o cabeçalho Allow do servidor (numa resposta a OPTIONS) e use um método que ele implemente; ou atualize-o (RFC 3261 §21.5.2).
sip-501-myth-1 = O 501 não é uma queda do servidor; é uma resposta deliberada e permanente sobre um recurso que falta (RFC 3261 §21.5.2).
sip-501-next = Não reenviar o mesmo método a este servidor; usar um método que ele implemente.
sip-501-use-when = o servidor não implementa de forma alguma o método da requisição

## 502 Bad Gateway
sip-502-summary = Um gateway ou proxy recebeu uma resposta inválida do próximo servidor que contatou.
sip-502-description = O 502 Bad Gateway diz que o servidor, atuando como gateway ou proxy, recebeu uma resposta inválida do servidor seguinte que contatou para atender à requisição (RFC 3261 §21.5.3). Dentro de um diálogo, encerra o diálogo (RFC 5057 §5.1).
sip-502-cause-1 = Um servidor adiante responde com uma resposta malformada ou inutilizável, por exemplo depois de um SBC estragá-la (RFC 3261 §21.5.3).
sip-502-cause-2 = Um gateway converte a causa ISUP 27 (destino fora de serviço) em 502 (RFC 3398 §7.2.4.1).
sip-502-cause-3 = Alguns proxies usam o 502 quando a resolução DNS do próximo salto falha ou dá um destino inutilizável (RFC 3261 §21.5.3).
sip-502-fix-1 = Olhe a perna atrás do gateway: o que o servidor seguinte realmente respondeu, e se isso podia ser interpretado (RFC 3261 §21.5.3).
sip-502-myth-1 = O 502 não vem do chamado; é um intermediário relatando um problema com o salto seguinte (RFC 3261 §21.5.3).
sip-502-next = Tentar outra rota ou outro gateway; corrigir as respostas do servidor adiante.
sip-502-use-when = um intermediário recebeu uma resposta inválida do servidor seguinte

## 503 Service Unavailable
sip-503-summary = O servidor está temporariamente sem condições de processar a requisição (sobrecarga, manutenção); tente outro servidor ou repita depois do Retry-After.
sip-503-description = O 503 Service Unavailable diz que o servidor está temporariamente sem condições de processar a requisição, por sobrecarga ou manutenção; pode indicar o Retry-After, e o cliente deve então evitar este servidor por esse tempo e pode tentar outro (RFC 3261 §21.5.4). O cliente também trata uma falha de transporte como um 503 (RFC 3261 §8.1.3.1). Um proxy não deve repassar um 503: se for a melhor resposta, o proxy envia 500 (RFC 3261 §16.7).
sip-503-cause-1 = O servidor está sobrecarregado, sem licenças ou canais (nenhum circuito disponível num tronco da rede pública) ou em manutenção (RFC 3261 §21.5.4).
sip-503-cause-2 = Sem rota para o próximo salto: um proxy cujos gateways ou troncos estão todos fora, muitas vezes com uma frase de motivo do fabricante (RFC 3261 §21.5.4).
sip-503-cause-3 = O cliente nem conseguiu enviar a requisição (conexão recusada, ICMP inalcançável): sua pilha registra um 503 localmente (RFC 3261 §8.1.3.1).
sip-503-cause-4 = Um gateway converte as causas ISUP de congestionamento e de recursos (34, 38, 41, 42, 47, 58, 88) em 503 (RFC 3398 §7.2.4.1).
sip-503-fix-1 = Respeite o Retry-After e passe para outro servidor do DNS SRV ou da sua lista de rotas (RFC 3261 §21.5.4).
sip-503-fix-2 = Descubra qual elemento gerou o 503 (cabeçalho Server ou User-Agent, Via) e verifique sua capacidade, seus troncos e suas rotas (RFC 3261 §21.5.4).
sip-503-myth-1 = Um 503 sem Retry-After continua sendo temporário; não quer dizer que o destino está errado (RFC 3261 §21.5.4).
sip-503-myth-2 = Ver um 503 vindo de um proxy contraria a regra de que os proxies convertem 503 em 500 ao repassar; em geral quer dizer que o próprio proxy, e não um servidor atrás dele, está indisponível (RFC 3261 §16.7).
sip-503-next = Tentar outro servidor agora, ou este depois do Retry-After.
sip-503-use-when = o servidor está temporariamente sobrecarregado ou em manutenção

## 504 Server Time-out
sip-504-summary = Um gateway ou proxy não recebeu a tempo a resposta de um servidor que consultou (por exemplo outro proxy ou um servidor de localização).
sip-504-description = O 504 Server Time-out diz que o servidor não recebeu a tempo a resposta de um servidor externo que consultou para processar a requisição, como um servidor de localização ou o próximo salto (RFC 3261 §21.5.5). O 408 é o inverso: a demora em responder é do destino.
sip-504-cause-1 = A consulta de um proxy a um banco de dados, ao ENUM ou a um motor de roteamento estourou o tempo (RFC 3261 §21.5.5).
sip-504-cause-2 = Um gateway converte a causa ISUP 102 (recuperação por expiração de temporizador) em 504 (RFC 3398 §7.2.4.1).
sip-504-fix-1 = Verifique o serviço de que o remetente depende (banco de dados, motor de roteamento, servidor do próximo salto) e a latência dele (RFC 3261 §21.5.5).
sip-504-myth-1 = O 504 não é um estouro de tempo de rede entre você e o servidor; o servidor respondeu a você justamente para relatar o estouro de tempo dele com quem está adiante (RFC 3261 §21.5.5).
sip-504-next = Tentar outro servidor ou outra rota; investigar a dependência que estourou o tempo.
sip-504-use-when = um intermediário estourou o tempo esperando um servidor de que depende

## 505 Version Not Supported
sip-505-summary = O servidor não suporta a versão SIP da requisição.
sip-505-description = O 505 Version Not Supported diz que o servidor não suporta, ou se recusa a suportar, a versão do protocolo SIP usada na requisição, o que hoje sempre significa algo diferente de SIP/2.0 (RFC 3261 §21.5.6, RFC 3261 §8.2).
sip-505-cause-1 = Uma linha de requisição malformada (SIP/2.1, SIP/1.0, versão em minúsculas ou corrompida), muitas vezes de um fuzzer, de um scanner ou de uma manipulação de cabeçalhos com defeito (RFC 3261 §21.5.6).
sip-505-fix-1 = Envie SIP/2.0 na linha de requisição; encontre o elemento que a corrompe (RFC 3261 §21.5.6).
sip-505-myth-1 = O 505 não trata de versões de TLS, de transporte ou de codec; só da versão SIP na linha de requisição (RFC 3261 §21.5.6).
sip-505-next = Reenviar com SIP/2.0 na linha de requisição.
sip-505-use-when = a linha de requisição traz uma versão SIP diferente da que o servidor suporta

## 513 Message Too Large
sip-513-summary = A mensagem é maior do que o servidor consegue processar.
sip-513-description = O 513 Message Too Large diz que o servidor não conseguiu processar a requisição porque a mensagem inteira passa do que ele consegue tratar (RFC 3261 §21.5.7). Mensagens grandes devem trafegar por um transporte com controle de congestionamento, como o TCP: a RFC 3261 pede aos clientes que deixem o UDP quando a requisição fica a menos de 200 bytes do MTU do caminho, ou passa de 1300 bytes se o MTU é desconhecido (RFC 3261 §18.1.1).
sip-513-cause-1 = Um INVITE grande (SDP extenso com candidatos ICE, muitos cabeçalhos, corpos multipart) enviado por UDP que chega fragmentado ou além do buffer do servidor (RFC 3261 §18.1.1).
sip-513-fix-1 = Envie requisições grandes por TCP ou TLS, e enxugue cabeçalhos e SDP (RFC 3261 §18.1.1).
sip-513-myth-1 = O 513 não é o mesmo que o 413: o 413 recusa o tamanho do corpo; o 513, a mensagem inteira (RFC 3261 §21.5.7).
sip-513-next = Reenviar uma mensagem menor, ou por TCP/TLS.
sip-513-use-when = a mensagem inteira é grande demais para o servidor

## 555 Push Notification Service Not Supported
sip-555-summary = O servidor não suporta o serviço de notificação push indicado no REGISTER (pn-provider).
sip-555-description = O 555 Push Notification Service Not Supported é enviado por um proxy ou registrar que suporta notificações push no SIP, mas não o serviço de push (pn-provider) que o aparelho pediu nos parâmetros do Contact do REGISTER (RFC 8599).
sip-555-cause-1 = Um cliente móvel se registra com pn-provider=apns ou fcm num servidor configurado para outro serviço de push, ou para nenhum (RFC 8599).
sip-555-fix-1 = Registre-se com um provedor de push que o servidor suporte (veja a documentação dele ou o Feature-Caps das respostas), ou sem parâmetros de push (RFC 8599).
sip-555-myth-1 = O 555 não é um erro genérico do servidor; só o serviço de notificação push pedido não é suportado (RFC 8599).
sip-555-next = Registrar de novo com um provedor de push que o servidor suporte, ou sem push.
sip-555-use-when = o serviço de notificação push pedido no registro não é suportado

## 580 Precondition Failure
sip-580-summary = A sessão não pôde ser estabelecida porque uma pré-condição obrigatória (por exemplo uma reserva de QoS) não pôde ser cumprida.
sip-580-description = O 580 Precondition Failure diz que o UAS não conseguiu cumprir uma pré-condição obrigatória da sessão, normalmente uma reserva de recursos de qualidade de serviço pedida com atributos de pré-condição no SDP (RFC 3312).
sip-580-cause-1 = Chamadas IMS ou de redes a cabo em que a reserva de banda exigida (QoS) falha na rede de acesso (RFC 3312).
sip-580-cause-2 = Um tipo ou sentido de pré-condição que o chamado não consegue atender (RFC 3312).
sip-580-fix-1 = Verifique a reserva de recursos nas duas redes de acesso; torne a pré-condição opcional se a política permitir (RFC 3312).
sip-580-myth-1 = O 580 não é problema de codec; as mídias são aceitáveis, mas os recursos de rede não puderam ser garantidos (RFC 3312).
sip-580-next = Não reenviar sem mudanças; resolver o problema de reserva de recursos ou tornar a pré-condição opcional.
sip-580-use-when = uma pré-condição obrigatória da sessão (como uma reserva de recursos) não pôde ser cumprida

## 600 Busy Everywhere
sip-600-summary = O chamado está ocupado e sabe que nenhum outro aparelho ou destino vai aceitar a chamada.
sip-600-description = O 600 Busy Everywhere diz que o sistema do chamado foi contatado e o chamado está ocupado, e que a resposta tem informação definitiva de que o usuário não quer receber a chamada em lugar nenhum, então outros aparelhos não devem ser tentados (RFC 3261 §21.6.1). O proxy que bifurca e o recebe cancela todos os outros ramos (RFC 3261 §16.7).
sip-600-cause-1 = Um aparelho do usuário, ou um serviço que controla todos os seus aparelhos (um serviço de presença ou de sinalização de ocupado), rejeita a chamada como ocupada para todos eles (RFC 3261 §21.6.1).
sip-600-cause-2 = Um PABX configurado para transformar "usuário ocupado" em 600, para que nenhum outro ramo continue tocando (RFC 3261 §21.6.1).
sip-600-fix-1 = Não tente outros destinos para este usuário; ligue de novo mais tarde, depois do Retry-After se houver (RFC 3261 §21.6.1).
sip-600-fix-2 = Se chamadas que deveriam passar a outros aparelhos param no 600, configure o aparelho ou o PABX para enviar 486 no lugar (RFC 3261 §21.4.24).
sip-600-myth-1 = O 600 não é um 486 mais forte; a diferença é o alcance: o 486 vale para este aparelho, o 600 para todos os destinos do usuário (RFC 3261 §21.4.24, RFC 3261 §21.6.1).
sip-600-next = Parar de tentar outros destinos; ligar de novo mais tarde (Retry-After).
sip-600-use-when = o usuário está ocupado e nenhum outro destino vai se sair melhor

## 603 Decline
sip-603-summary = O chamado recusou a chamada explicitamente, e nenhum outro destino deve ser tentado.
sip-603-description = O 603 Decline diz que o aparelho do chamado foi contatado com sucesso, mas o usuário explicitamente não quer ou não pode participar (RFC 3261 §21.6.2). O Retry-After pode indicar quando ligar de volta. Como resposta 6xx, ele encerra a busca: o proxy que bifurca cancela os outros ramos (RFC 3261 §16.7).
sip-603-cause-1 = O usuário apertou "recusar" ou "rejeitar" num telefone ou softphone configurado para enviar 603 (RFC 3261 §21.6.2).
sip-603-cause-2 = Uma filtragem de chamadas ou um serviço de não perturbe que rejeita o chamador em todos os aparelhos do usuário (RFC 3261 §21.6.2).
sip-603-fix-1 = Respeite a decisão; ligue de novo mais tarde se o Retry-After sugerir um horário (RFC 3261 §21.6.2).
sip-603-fix-2 = Se a rejeição vem de um filtro de spam e não do usuário, o 607 ou o 608 diriam isso; consulte a operadora do chamado (RFC 8197 §3, RFC 8688 §3).
sip-603-myth-1 = O 603 não diz por que o chamado recusou; é uma decisão, não um relatório de falha (RFC 3261 §21.6.2).
sip-603-next = Parar: não tentar os outros destinos do usuário; ligar de novo mais tarde se o Retry-After convidar.
sip-603-use-when = o usuário recusa explicitamente a chamada em todos os destinos

## 604 Does Not Exist Anywhere
sip-604-summary = O servidor tem informação autoritativa de que o usuário não existe em lugar nenhum.
sip-604-description = O 604 Does Not Exist Anywhere diz que o servidor tem informação autoritativa de que o usuário indicado na Request-URI não existe em lugar nenhum (RFC 3261 §21.6.3). Ao contrário do 404, que vale para um domínio, ele encerra a busca de forma global.
sip-604-cause-1 = Uma consulta de portabilidade numérica ou a um diretório central que confirma que o número não está atribuído em nenhuma rede (RFC 3261 §21.6.3).
sip-604-fix-1 = Não repita este endereço em lugar nenhum; confira o número ou o endereço com quem chama (RFC 3261 §21.6.3).
sip-604-myth-1 = O 604 não é apenas um 404 mais rígido; ele afirma conhecer todos os domínios, então os proxies que bifurcam cancelam os outros ramos (RFC 3261 §16.7).
sip-604-next = Parar: o endereço não existe em lugar nenhum; conferir o número com quem chama.
sip-604-use-when = informação autoritativa diz que o usuário não existe em lugar nenhum

## 606 Not Acceptable
sip-606-summary = O usuário foi alcançado, mas algum aspecto da sessão (mídia, banda, endereçamento) não é aceitável para nenhum dos pontos finais dele.
sip-606-description = O 606 Not Acceptable diz que o agente do usuário foi contatado, mas alguns aspectos da descrição de sessão, como o tipo de mídia, a banda ou o estilo de endereçamento, não são aceitáveis; um cabeçalho Warning pode dizer por quê, e a resposta vale para todos os destinos do usuário (RFC 3261 §21.6.4). O proxy que bifurca cancela os outros ramos (RFC 3261 §16.7).
sip-606-cause-1 = Um usuário cujos aparelhos suportam só vídeo, ou só voz, recebe uma oferta sem essa mídia (RFC 3261 §21.6.4).
sip-606-cause-2 = Um servidor de políticas que sabe que nenhum ponto final do usuário vai aceitar a banda ou o codec oferecidos (RFC 3261 §21.6.4).
sip-606-fix-1 = Leia o cabeçalho Warning e mude a oferta (mídia, codec, banda) antes de ligar de novo (RFC 3261 §20.43).
sip-606-myth-1 = O 606 não é o 406: o 406 trata do cabeçalho Accept de uma requisição; o 606, da descrição de sessão de uma chamada (RFC 3261 §21.4.7, RFC 3261 §21.6.4).
sip-606-next = Mudar a descrição de sessão (mídia, codec, banda) antes de tentar o usuário de novo; os outros destinos também a recusarão.
sip-606-use-when = a sessão oferecida é inaceitável para todos os destinos do usuário

## 607 Unwanted
sip-607-summary = O chamado não quer esta chamada e a marca como indesejada (spam, robocall), para que a rede aprenda com isso.
sip-607-description = O 607 Unwanted permite que o chamado, ou um serviço que age por ele, rejeite uma chamada e diga que ela era indesejada, normalmente um incômodo ou uma chamada automática; a rede pode usar o sinal para melhorar sua análise e seu bloqueio de chamadas (RFC 8197 §3). Como resposta 6xx, encerra a busca pelo usuário.
sip-607-cause-1 = O usuário apertou um botão de "denunciar spam" ou "bloquear" no telefone ou no aplicativo (RFC 8197 §3).
sip-607-cause-2 = O aparelho ou serviço do chamado tem o chamador na lista de bloqueio (RFC 8197 §3).
sip-607-fix-1 = Como chamador: pare de ligar para este usuário. Se você é uma empresa legítima afetada por falsos positivos, verifique seu nível de atestação STIR/SHAKEN e a reputação do seu número com a operadora de destino (RFC 8197 §3).
sip-607-myth-1 = Quem decide o 607 é o usuário chamado; a rejeição decidida pela análise de um intermediário é o 608 (RFC 8197 §3, RFC 8688 §3).
sip-607-next = Parar: não ligar de novo, nem neste nem em outros destinos do usuário.
sip-607-use-when = o usuário chamado rejeita a chamada como indesejada

## 608 Rejected
sip-608-summary = Um intermediário (análise de chamadas, filtro da operadora) rejeitou a chamada, não o usuário chamado; a resposta pode dizer com quem falar sobre isso.
sip-608-description = O 608 Rejected é enviado por um intermediário, como o motor de análise de chamadas de uma operadora, que rejeita uma chamada julgada indesejada antes que ela chegue ao usuário (RFC 8688 §3). Pode trazer um cabeçalho Call-Info com um jCard identificando quem rejeitou, para que um chamador legítimo bloqueado por engano possa contestar (RFC 8688 §3.1).
sip-608-cause-1 = O filtro de robocalls ou de fraude de uma operadora bloqueia o número chamador, por exemplo por atestação baixa ou má reputação (RFC 8688 §3).
sip-608-fix-1 = Leia o Call-Info da resposta: o jCard indica com quem falar para contestar o bloqueio; enquanto isso, verifique a atestação e o padrão de chamadas do seu número (RFC 8688 §3.1).
sip-608-myth-1 = O 608 não é decisão do chamado: o usuário chamado nem viu a chamada. A rejeição do usuário é o 603 ou o 607 (RFC 8688 §3).
sip-608-next = Parar de ligar; contatar quem rejeitou, indicado no Call-Info, se o bloqueio for um engano.
sip-608-use-when = um intermediário, e não o usuário chamado, rejeita a chamada como indesejada
