## Códigos SIP 1xx a 3xx.

## 100 Trying
sip-100-summary = O próximo salto recebeu a requisição e está trabalhando nela; isso interrompe as retransmissões do remetente, mas não diz nada sobre o chamado.
sip-100-description = O 100 Trying é uma confirmação salto a salto de um INVITE. Um proxy ou servidor de agente de usuário o envia logo, antes de ter qualquer resposta real, para que o salto anterior pare de retransmitir a requisição sobre UDP (RFC 3261 §21.1.1). Ao contrário das outras respostas provisórias, nunca é repassado por um proxy e nunca cria diálogo (RFC 3261 §16.7).
sip-100-cause-1 = Todo INVITE que chega a um proxy com estado: o proxy responde 100 assim que começa a processar, em geral em milissegundos (RFC 3261 §16.2).
sip-100-cause-2 = Um servidor de agente de usuário que espera levar mais de 200 ms para responder a um INVITE envia 100 para acalmar a transação do cliente (RFC 3261 §8.2.6.1).
sip-100-cause-3 = Numa requisição que não é INVITE, o servidor pode enviar 100 para evitar uma avalanche de respostas tardias quando sua resposta final demora (RFC 4320 §4.1).
sip-100-fix-1 = Nada a corrigir: o 100 é normal. Se as retransmissões do INVITE continuam depois dele, verifique se o 100 chega de fato ao remetente (NAT, firewall ou Via errado) (RFC 3261 §17.1.1.2).
sip-100-fix-2 = Se a chamada fica muito tempo parada no 100, o problema está adiante: procure na captura, na perna do próximo salto, o 180/183 ou a resposta final que falta (RFC 3261 §21.1.1).
sip-100-myth-1 = Um 100 não quer dizer que o telefone está tocando nem que o chamado foi encontrado; só quer dizer que o próximo salto assumiu a requisição (RFC 3261 §21.1.1).
sip-100-myth-2 = O 100 que você vê no chamador não foi enviado pelo chamado: os proxies absorvem o 100 do chamado e geram o seu próprio (RFC 3261 §16.7).
sip-100-next = Continuar esperando uma resposta provisória ou final; parar de retransmitir o INVITE.
sip-100-use-when = um salto acabou de assumir um INVITE e ainda não tem resposta do chamado

## 180 Ringing
sip-180-summary = O aparelho do chamado foi encontrado e está alertando o usuário.
sip-180-description = O 180 Ringing diz ao chamador que o agente de usuário recebeu o INVITE e está alertando o usuário, por exemplo tocando (RFC 3261 §21.1.2). Enviado com uma tag no To, cria um diálogo inicial; pode trazer uma resposta SDP, e se o chamador toca o ringback local ou reproduz mídia antecipada depende desse corpo e da confiabilidade (RFC 3261 §13.3.1.1, RFC 3262 §3).
sip-180-cause-1 = O telefone chamado está tocando; cada ramo bifurcado que toca envia seu próprio 180 com sua própria tag To, então o chamador pode ver vários (RFC 3261 §13.3.1.1).
sip-180-cause-2 = Um PABX ou B2BUA repassa, na sua perna, o toque do ramal que está chamando (RFC 3261 §21.1.2).
sip-180-fix-1 = Se o chamador ouve silêncio depois do 180, veja se o 180 trouxe SDP: com SDP o chamador espera mídia antecipada do lado do chamado; sem SDP, deve gerar o ringback localmente (RFC 3261 §13.3.1.1).
sip-180-fix-2 = Se o 180 é retransmitido muitas vezes, o chamado pediu respostas provisórias confiáveis e nunca recebeu o PRACK: verifique Require/Supported: 100rel e o caminho do PRACK (RFC 3262 §3).
sip-180-myth-1 = O 180 não é promessa de que a chamada será atendida; a resposta final ainda pode ser qualquer falha (RFC 3261 §21.1.2).
sip-180-next = Continuar esperando; apresentar o ringback ao chamador (local, ou pela mídia antecipada se a resposta trouxe SDP).
sip-180-use-when = o aparelho do chamado está alertando o usuário

## 181 Call Is Being Forwarded
sip-181-summary = Um servidor no caminho está desviando a chamada para outro destino.
sip-181-description = O 181 Call Is Being Forwarded é uma resposta provisória que um servidor (em geral um proxy ou B2BUA com serviço de desvio) pode enviar para avisar o chamador de que a chamada está sendo redirecionada a outro conjunto de destinos (RFC 3261 §21.1.3). O próprio servidor faz o desvio; o chamador não precisa fazer nada.
sip-181-cause-1 = O chamado tem desvio de chamada (incondicional, se ocupado ou se não atender) e um servidor no caminho está chamando o novo destino (RFC 3261 §21.1.3).
sip-181-cause-2 = Um grupo de busca ou um serviço siga-me passa a chamada de um aparelho para o próximo (RFC 3261 §21.1.3).
sip-181-fix-1 = Nada a corrigir. Se o desvio não era esperado, veja as regras de desvio da conta do chamado no servidor que enviou o 181 (RFC 3261 §21.1.3).
sip-181-myth-1 = O 181 não é um redirecionamento como o 302: com o 181 o servidor desvia a chamada ele mesmo e o chamador continua esperando; com o 302 o chamador é que precisa enviar um novo INVITE (RFC 3261 §21.1.3, RFC 3261 §21.3.3).
sip-181-next = Continuar esperando; o servidor está tentando o novo destino por você.
sip-181-use-when = um servidor está desviando a chamada ele mesmo e quer que o chamador saiba

## 182 Queued
sip-182-summary = O chamado está temporariamente indisponível e a chamada foi colocada numa fila.
sip-182-description = O 182 Queued diz que o chamado está temporariamente indisponível, mas o servidor decidiu enfileirar a chamada em vez de rejeitá-la (RFC 3261 §21.1.4). A frase de motivo pode dizer mais, como o número de chamadas à frente. O servidor pode enviar vários 182 conforme a fila anda.
sip-182-cause-1 = Uma fila de central de atendimento ou um distribuidor automático (DAC) segura a chamada até um atendente ficar livre (RFC 3261 §21.1.4).
sip-182-cause-2 = Um chamado sem chamada em espera, mas com serviço de fila configurado (RFC 3261 §21.1.4).
sip-182-fix-1 = Nada a corrigir. Se as chamadas esperam demais, o problema é a capacidade da fila; chamadores cujo INVITE tem cabeçalho Expires podem cair quando ele vence (RFC 3261 §21.1.4).
sip-182-myth-1 = O 182 não é sinal de ocupado: o chamado está ocupado, mas a chamada é mantida em vez de ser rejeitada com 486 (RFC 3261 §21.1.4).
sip-182-next = Continuar esperando: a chamada fica numa fila até poder ser entregue.
sip-182-use-when = o chamado não pode atender agora e o servidor mantém a chamada numa fila em vez de rejeitá-la

## 183 Session Progress
sip-183-summary = A chamada está progredindo; a resposta costuma trazer SDP para que o chamador ouça mídia antecipada (tons ou anúncios).
sip-183-description = O 183 Session Progress transmite informação sobre o andamento da chamada que nenhum outro código provisório cobre (RFC 3261 §21.1.5). Na prática quase sempre traz uma resposta SDP, para que a outra ponta, muitas vezes um gateway para a rede telefônica, toque tons de chamada ou anúncios antes do atendimento (RFC 3261 §13.3.1.1).
sip-183-cause-1 = Um gateway para a rede pública abre mídia antecipada para repassar o tom de chamada da rede ou um anúncio como "o número que você discou não existe" (RFC 3261 §21.1.5).
sip-183-cause-2 = Um PABX ou URA toca uma mensagem ou música antes de atender (RFC 3261 §21.1.5).
sip-183-cause-3 = Com pré-condições ou respostas provisórias confiáveis, o 183 leva a troca SDP que reserva recursos antes de o telefone tocar (RFC 3262 §3).
sip-183-fix-1 = Se o chamador não ouve nada, verifique se o endereço e a porta de conexão do SDP do 183 são alcançáveis a partir do chamador (NAT, ancoragem de mídia no SBC) e se o chamador reproduz mídia antecipada (RFC 3261 §13.3.1.1).
sip-183-fix-2 = Se o 183 é retransmitido, ele foi enviado de forma confiável (Require: 100rel) e o PRACK não chegou (RFC 3262 §3).
sip-183-myth-1 = O 183 não quer dizer que o telefone está tocando; isso é o 180. Uma chamada pode ir direto do 183 para uma falha sem nunca tocar (RFC 3261 §21.1.5).
sip-183-next = Continuar esperando; reproduzir a mídia antecipada descrita pelo SDP, se houver.
sip-183-use-when = a outra ponta tem andamento a informar, normalmente mídia antecipada (tons, anúncios) descrita em SDP

## 199 Early Dialog Terminated
sip-199-summary = Um diálogo inicial criado por um INVITE bifurcado terminou, enquanto o INVITE continua pendente em outros ramos.
sip-199-description = O 199 Early Dialog Terminated permite que um proxy que bifurca, ou um servidor de agente de usuário, avise o chamador antes da resposta final de que um diálogo inicial específico acabou, normalmente porque aquele ramo falhou (RFC 6228 §5, RFC 6228 §6). O chamador pode então liberar recursos, como a mídia que preparou para aquele ramo. Só é enviado se o chamador indicou suporte com a option tag 199 (RFC 6228 §4).
sip-199-cause-1 = Um INVITE bifurcado em que um ramo respondeu 180 ou 183 e depois falhou (por exemplo com 486); o proxy envia 199 no diálogo desse ramo enquanto os outros continuam tocando (RFC 6228 §6).
sip-199-cause-2 = Um UAS que criou vários diálogos iniciais encerra um deles antes da resposta final (RFC 6228 §5).
sip-199-fix-1 = Nada a corrigir: libere mídia e estado do diálogo inicial indicado (pela tag To) e mantenha os outros (RFC 6228 §4).
sip-199-fix-2 = Se o seu UA nunca vê o 199, provavelmente não envia Supported: 199; sem isso, os servidores não enviam o código (RFC 6228 §4).
sip-199-myth-1 = O 199 não é uma resposta final e não encerra a tentativa de chamada; só acabou o diálogo inicial cuja tag To ele traz (RFC 6228 §5).
sip-199-next = Continuar esperando a resposta final; liberar os recursos do diálogo inicial identificado pela tag To.
sip-199-use-when = o diálogo inicial de um ramo bifurcado terminou enquanto o INVITE continua pendente em outros lugares

## 200 OK
sip-200-summary = A requisição teve sucesso.
sip-200-description = O 200 OK significa que a requisição teve sucesso (RFC 3261 §21.2.1). Para um INVITE, atende a chamada: traz a resposta (ou a oferta) SDP do chamado, estabelece o diálogo, e o chamador deve confirmá-lo com um ACK enviado de ponta a ponta (RFC 3261 §13.2.2.4). Para o REGISTER, lista os vínculos de registro em vigor (RFC 3261 §10.3).
sip-200-cause-1 = Uma chamada atendida: o chamado retransmite o 200 do INVITE até o ACK chegar (RFC 3261 §13.3.1.4).
sip-200-cause-2 = Um registro, assinatura, BYE, CANCEL, OPTIONS ou qualquer outra requisição aceita (RFC 3261 §21.2.1).
sip-200-fix-1 = Se o 200 do INVITE é retransmitido várias vezes e a chamada cai após cerca de 32 segundos, o ACK nunca chega ao chamado: verifique o Contact e o Record-Route do 200 (NAT, endereços privados, SBC que não reescreve) (RFC 3261 §13.3.1.4).
sip-200-fix-2 = No REGISTER, compare os vínculos de Contact e a validade devolvidos no 200 com o que você pediu: o registrar pode encurtar o intervalo (RFC 3261 §10.3).
sip-200-myth-1 = Um 200 para o CANCEL não quer dizer que a chamada foi cancelada; só confirma o CANCEL. O INVITE termina depois com 487, ou com 200 se o chamado atendeu antes (RFC 3261 §9.2).
sip-200-next = Seguir adiante; num INVITE, enviar logo o ACK de ponta a ponta.
sip-200-use-when = uma requisição teve sucesso (chamada atendida, registro aceito, e assim por diante)

## 202 Accepted
sip-202-summary = Obsoleto: a requisição foi aceita para processamento mas ainda não concluída; a notificação de eventos atual usa 200 no lugar.
sip-202-description = O 202 Accepted foi definido pelo mecanismo original de eventos para o SUBSCRIBE (e usado no REFER) para dizer que a requisição foi entendida e aceita, mas seu resultado ainda não era conhecido (RFC 3265 §7.3.1, RFC 3515 §2.4.2). A RFC 6665, que substituiu a RFC 3265, o tornou obsoleto: notificadores enviam 200, e quem assina deve tratar um 202 recebido exatamente como um 200 (RFC 6665 §4.2.1.1).
sip-202-cause-1 = Uma implementação antiga responde ao REFER com 202 para dizer que a transferência será tentada; o resultado chega depois num NOTIFY com corpo sipfrag (RFC 3515 §2.4.2).
sip-202-cause-2 = Um notificador baseado na RFC 3265 responde ao SUBSCRIBE com 202 quando a autorização ainda está pendente (RFC 3265 §7.3.1).
sip-202-fix-1 = Ao receber, trate o 202 exatamente como 200 e espere o NOTIFY que traz o estado real (RFC 6665 §4.2.1.1).
sip-202-fix-2 = Ao enviar, use 200; continue aceitando 202 dos outros por compatibilidade (RFC 6665 §4.2.1.1).
sip-202-myth-1 = Um 202 para o REFER não quer dizer que a transferência funcionou; só o NOTIFY seguinte informa se a chamada indicada deu certo (RFC 3515 §2.4.2).
sip-202-next = Tratá-lo como 200 e esperar o NOTIFY para saber o estado real.
sip-202-use-when = um notificador antigo ou o destinatário de um REFER aceitou a requisição sem ainda saber seu resultado

## 204 No Notification
sip-204-summary = A renovação da assinatura deu certo, e o notificador não vai enviar NOTIFY porque o estado que o assinante tem já está atualizado.
sip-204-description = O 204 No Notification responde a um SUBSCRIBE que trouxe o cabeçalho Suppress-If-Match com a entity tag do estado que o assinante já tem: a assinatura é aceita ou renovada, e o NOTIFY que normalmente viria é suprimido porque nada mudou (RFC 5839 §7.1, RFC 5839 §6.3).
sip-204-cause-1 = Um cliente de presença ou de eventos de diálogo renova a assinatura com Suppress-If-Match e o recurso não mudou (RFC 5839 §6.3).
sip-204-fix-1 = Nada a corrigir: mantenha o estado em cache. Se você esperava um NOTIFY, confira a entity tag que o cliente enviou no Suppress-If-Match (RFC 5839 §6.3).
sip-204-myth-1 = O 204 é um sucesso, não um erro nem uma resposta vazia: a assinatura está ativa (RFC 5839 §7.1).
sip-204-next = Seguir com o estado que você já tem; a assinatura está ativa e não virá NOTIFY para esta renovação.
sip-204-use-when = uma renovação condicional de assinatura deu certo e o estado não mudou

## 300 Multiple Choices
sip-300-summary = O endereço corresponde a vários locais; o chamador pode escolher um e tentar de novo lá.
sip-300-description = O 300 Multiple Choices diz que o endereço da requisição corresponde a várias opções, cada uma com seu endereço, listadas em Contact; o usuário ou o cliente escolhe uma e envia a requisição de novo para ela (RFC 3261 §21.3.1). Parâmetros de Contact como os valores q e as feature tags ajudam na escolha (RFC 3261 §8.1.3.4).
sip-300-cause-1 = Um servidor de redirecionamento ou um agente de usuário com vários aparelhos registrados devolve todos, em vez de bifurcar a chamada ele mesmo (RFC 3261 §21.3.1).
sip-300-fix-1 = Tente um ou mais endereços de Contact, pela ordem dos valores q; se o cliente não sabe seguir redirecionamentos, faça o servidor atuar como proxy e bifurcar (RFC 3261 §8.1.3.4).
sip-300-myth-1 = O 300 não é uma falha: o usuário existe, e a chamada pode seguir por um dos endereços listados (RFC 3261 §21.3.1).
sip-300-next = Escolher um dos endereços de Contact (pelo valor q ou perguntando ao usuário) e enviar uma nova requisição para ele.
sip-300-use-when = o endereço corresponde a vários locais e o chamador deve escolher entre eles

## 301 Moved Permanently
sip-301-summary = O usuário não está mais neste endereço; use daqui em diante o endereço indicado em Contact.
sip-301-description = O 301 Moved Permanently diz que o usuário não pode mais ser encontrado na Request-URI, e que o cliente deve tentar o endereço de Contact e atualizar com ele suas agendas e discagens rápidas (RFC 3261 §21.3.2).
sip-301-cause-1 = Um número ou URI SIP mudou de vez, e o serviço redireciona para o novo (RFC 3261 §21.3.2).
sip-301-cause-2 = Um gateway converte a causa ISUP 22 "número alterado" com número novo em 301 (RFC 3398 §7.2.4.1).
sip-301-fix-1 = Tente de novo no endereço de Contact e troque o endereço guardado por ele (RFC 3261 §8.1.3.4).
sip-301-myth-1 = O 301 não é o 410: com o 301 o usuário tem um endereço novo e a resposta o informa; com o 410 o usuário sumiu e não se conhece endereço novo (RFC 3261 §21.3.2, RFC 3261 §21.4.10).
sip-301-next = Repetir no endereço de Contact e atualizar para ele os endereços guardados.
sip-301-use-when = o usuário mudou de vez para um endereço novo e esse endereço é conhecido

## 302 Moved Temporarily
sip-302-summary = O usuário está temporariamente em outro endereço, indicado em Contact; tente lá, mas guarde o endereço original.
sip-302-description = O 302 Moved Temporarily diz ao cliente para repetir a requisição no endereço ou nos endereços de Contact. O endereço novo vale para esta requisição, ou até quando indicarem o cabeçalho Expires ou o parâmetro expires do Contact; o endereço original continua sendo o certo para guardar (RFC 3261 §21.3.3).
sip-302-cause-1 = Desvio de chamada feito por redirecionamento: o servidor do chamado diz ao chamador para onde ir, em vez de desviar ele mesmo (RFC 3261 §21.3.3).
sip-302-cause-2 = Um servidor de redirecionamento à frente de um cluster, ou um serviço de roteamento (portabilidade numérica, rota de menor custo) que responde com o próximo salto (RFC 3261 §8.1.3.4).
sip-302-fix-1 = Siga o redirecionamento: envie um novo INVITE para o endereço de Contact. Muitos SBCs e PABXs precisam ser configurados para seguir 3xx; senão a chamada falha no 302 (RFC 3261 §8.1.3.4).
sip-302-fix-2 = Se a chamada redirecionada falha, verifique se a URI de Contact é alcançável e roteável a partir do cliente (RFC 3261 §21.3.3).
sip-302-myth-1 = O 302 não é uma falha da chamada: um chamador que não segue redirecionamentos transforma um desvio que funciona numa chamada que falha (RFC 3261 §8.1.3.4).
sip-302-next = Enviar uma nova requisição ao endereço de Contact, guardando o endereço original para as próximas chamadas.
sip-302-use-when = o usuário está temporariamente em outro endereço e o próprio chamador deve ir até lá

## 305 Use Proxy
sip-305-summary = O recurso deve ser acessado pelo proxy indicado em Contact.
sip-305-description = O 305 Use Proxy diz ao cliente para enviar a requisição de novo passando pelo proxy indicado em Contact (RFC 3261 §21.3.4). Como permite que qualquer um que responda desvie o tráfego de um cliente, os clientes o tratam com cuidado, e muitos se recusam a segui-lo de origens não confiáveis (RFC 3261 §8.1.3.4).
sip-305-cause-1 = Um servidor que só aceita requisições que cheguem por um proxy específico, por exemplo por política ou por tarifação (RFC 3261 §21.3.4).
sip-305-fix-1 = Repita pelo proxy de Contact se você confia no remetente; senão, rejeite e registre em log (RFC 3261 §8.1.3.4).
sip-305-myth-1 = O 305 não dá um endereço novo para o usuário; dá o proxy a usar para o mesmo endereço (RFC 3261 §21.3.4).
sip-305-next = Reenviar a mesma requisição pelo proxy indicado em Contact (se você confia no remetente).
sip-305-use-when = a requisição precisa passar por um proxy específico para ser atendida

## 380 Alternative Service
sip-380-summary = A chamada falhou, mas há serviços alternativos possíveis, descritos no corpo.
sip-380-description = O 380 Alternative Service diz que a chamada não teve sucesso, mas que há serviços alternativos possíveis, descritos no corpo da mensagem (RFC 3261 §21.3.5). É um redirecionamento no sentido de que o chamador é apontado para outra coisa no lugar do serviço que pediu.
sip-380-cause-1 = Um servidor oferece correio de voz, uma chamada de retorno pela web ou outro serviço no lugar da chamada pedida, descrito no corpo (RFC 3261 §21.3.5).
sip-380-fix-1 = Leia o corpo para ver a alternativa oferecida; um cliente que não o entende trata a resposta como chamada que falhou (RFC 3261 §21.3.5).
sip-380-myth-1 = O 380 não aponta para outro endereço do mesmo serviço, como faz o 302; oferece um serviço diferente (RFC 3261 §21.3.5).
sip-380-next = Ler no corpo os serviços alternativos oferecidos e usar um deles, se possível.
sip-380-use-when = o serviço pedido falhou, mas o servidor pode oferecer outro, descrito no corpo
