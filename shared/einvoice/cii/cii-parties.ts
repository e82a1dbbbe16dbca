import type { Address } from '../../schemas/common';
import type { Invoice, InvoiceBuyer, InvoiceSeller } from '../../schemas/invoice';
import { ciiDateElement } from './cii-format';
import { el, optionalText, text, type XmlElement } from './xml-node';

/** BG-5 / BG-8 / BG-15: postal address (element order as in the CII D16B schema). */
export function postalAddress(address: Address): XmlElement {
  return el('ram:PostalTradeAddress', [
    text('ram:PostcodeCode', address.postalCode),
    text('ram:LineOne', address.line1),
    optionalText('ram:LineTwo', address.line2),
    text('ram:CityName', address.city),
    text('ram:CountryID', address.country),
  ]);
}

function vatRegistration(vatNumber: string | null): XmlElement | undefined {
  if (!vatNumber) return undefined;
  return el('ram:SpecifiedTaxRegistration', [text('ram:ID', vatNumber, { schemeID: 'VA' })]);
}

function emailAddress(email: string | null): XmlElement | undefined {
  if (!email) return undefined;
  return el('ram:URIUniversalCommunication', [text('ram:URIID', email, { schemeID: 'EM' })]);
}

/** BG-4 seller: name, legal registration (BT-30), address, VAT identifier (BT-31). */
export function sellerParty(seller: InvoiceSeller): XmlElement {
  return el('ram:SellerTradeParty', [
    text('ram:Name', seller.legalName),
    seller.companyRegistrationId &&
      el('ram:SpecifiedLegalOrganization', [text('ram:ID', seller.companyRegistrationId)]),
    postalAddress(seller.address),
    vatRegistration(seller.vatNumber),
  ]);
}

/** BG-7 buyer: name, contact person when it differs, address, e-mail (BT-49), VAT identifier (BT-48). */
export function buyerParty(buyer: InvoiceBuyer): XmlElement {
  const contact = buyer.address.name !== buyer.name ? buyer.address.name : null;
  return el('ram:BuyerTradeParty', [
    text('ram:Name', buyer.name),
    contact && el('ram:DefinedTradeContact', [text('ram:PersonName', contact)]),
    postalAddress(buyer.address),
    emailAddress(buyer.email),
    vatRegistration(buyer.vatNumber),
  ]);
}

/** BG-13 delivery: ship-to party (BG-15, BT-80 for intra-community supplies) and date of supply (BT-72). */
export function headerTradeDelivery(invoice: Invoice): XmlElement {
  const address = invoice.buyer.deliveryAddress ?? invoice.buyer.address;
  return el('ram:ApplicableHeaderTradeDelivery', [
    el('ram:ShipToTradeParty', [text('ram:Name', address.company ?? address.name), postalAddress(address)]),
    el('ram:ActualDeliverySupplyChainEvent', [ciiDateElement('ram:OccurrenceDateTime', invoice.supplyDate)]),
  ]);
}
